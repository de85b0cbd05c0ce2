// 古典的手法の表示: k-means、主成分分析、次元の呪い(ui/classic/clustering)。
// 用語は日本語の教科書に合わせる: k-means法、重心、主成分分析、寄与率、累積寄与率、次元の呪い。
// inertia は「クラスタ内平方和」とする(「慣性」は物理の語で、k-means の教科書ではクラスタ内
// (誤差)平方和と呼ぶのが普通)。

import type { clustering as enClustering } from '../en/clustering';

export const clustering: Record<keyof typeof enClustering, string> = {
  // k-means法: ランダムな初期値と k-means++法(KMeansSection)。
  'kmeans.heading': 'k-means法: ランダムな初期値と k-means++法',
  'kmeans.intro':
    'k-means法はプレイグラウンドの訓練データ({dataset})をラベルを見ずに k 個のクラスタに分けます。各点は最も近い重心のクラスタに属し、各重心はそのクラスタの点の平均に移ります。どの点もクラスタが変わらなくなるまで繰り返します。',
  'kmeans.chooseData':
    'データセットはプレイグラウンドのものです。クラスタができる様子を見るには、プレイグラウンドで「塊(ブロブ)」を選んでください。',
  'kmeans.starts':
    'ランダムな初期値では訓練データから k 点を無作為に選んで重心とします。k-means++法では最初の1点を無作為に選び、次の点からは、すでに選んだ最も近い重心までの距離の2乗に比例する確率で選ぶので、重心が散らばった状態から始まります。',
  'kmeans.k': 'k(クラスタ数)',
  'kmeans.seed': 'シード',
  'kmeans.step': '1 ステップ進める',
  'kmeans.play': '再生',
  'kmeans.pause': '一時停止',
  'kmeans.starting': 'データを準備しています…',
  'kmeans.start.random': 'ランダムな初期値',
  'kmeans.start.plusPlus': 'k-means++法',
  'kmeans.phase.none': 'まだ始まっていません。「1 ステップ進める」を押してください。',
  'kmeans.phase.seedRandom.one': '無作為に選んだ訓練データの点に重心を置きました。',
  'kmeans.phase.seedRandom.other': '無作為に選んだ訓練データの点に {count} 個の重心を置きました。',
  'kmeans.phase.seedFirst':
    'k-means++法が {k} 個中 1 個目の重心を、無作為に選んだ訓練データの点に置きました。',
  'kmeans.phase.seedPlusPlus':
    'k-means++法が {k} 個中 {placed} 個目の重心を置きました。選ばれた重心から遠い点ほど選ばれやすくなります。',
  'kmeans.phase.assign':
    '各点を最も近い重心のクラスタに割り当てました(クラスタ内平方和 {inertia})。',
  'kmeans.phase.move': '各重心をそのクラスタの点の平均に移しました。',
  'kmeans.phase.converged.one':
    '{count} 回の割り当てで収束しました。クラスタが変わった点はありません。',
  'kmeans.phase.converged.other':
    '{count} 回の割り当てで収束しました。クラスタが変わった点はありません。',
  'kmeans.picture': '{start}: 重心 {k} 個中 {placed} 個、ステップ {steps}',
  'kmeans.progress': '重心 {k} 個中 {placed} 個 · ステップ {steps}',
  'kmeans.chancesKey':
    '点の大きさは次の重心に選ばれる確率です(最も近い重心までの距離の2乗をその総和で割ったもの)。',
  'kmeans.cluster': 'クラスタ',
  'kmeans.points': '点の数',
  'kmeans.inertiaLater': 'クラスタ内平方和は最初の割り当てから描かれます。',
  'kmeans.inertiaChart': '割り当てごとのクラスタ内平方和',
  'kmeans.assignment': '割り当て {n}',
  'kmeans.assignmentColumn': '割り当て',
  'kmeans.inertiaAxes':
    '横軸: 割り当ての回数。縦軸: クラスタ内平方和(inertia)、各点からその重心までの距離の2乗の和(ネットワークが見るデータの上で)。',
  'kmeans.final':
    'どちらも収束しました。k-means++法はクラスタ内平方和 {plusPlus}、ランダムな初期値は {random} で終わりました。',
  'kmeans.finalNote':
    '小さいほどまとまったクラスタです。k-means++法はたいてい同じかより小さい値で終わりますが、いつもではありません。ほかのシードも試してください。',
  'kmeans.agreement':
    '使わなかったクラスと比べると(各クラスタを最も多いクラスで呼ぶと)、そのクラスに入る点は k-means++法のクラスタで {plusPlus}、ランダムな初期値のクラスタで {random} です。',

  // 主成分分析(PcaSection)。
  'pca.heading': '主成分分析: 多くの特徴量を2次元に',
  'pca.intro':
    '主成分分析はデータが最も大きくばらつく方向を求めます。各点を第1・第2主成分の座標に、そのクラスの色で描きます。主成分分析はクラスを見ていないのに、クラスが分かれて見えることがよくあります。',
  'pca.set': '射影するデータセット',
  'pca.computing': '{dataset} を射影しています…',
  'pca.loadingLarge': '{dataset} を読み込んで射影しています。大きなダウンロードです…',
  'pca.axis': '第{n}主成分(寄与率 {share})',
  'pca.picture': '{dataset} の第1・第2主成分: クラスで色分けした {count} 点',
  'pca.sharesTable': '主成分ごとの寄与率',
  'pca.component': '主成分',
  'pca.share': '寄与率',
  'pca.cumulative': '累積寄与率',
  'pca.componentName': '第{n}主成分',
  'pca.kept': '図の2つの主成分で、{features} 個の特徴量の分散の {kept} を説明します。',

  // 次元の呪い(CurseSection)。
  'curse.heading': '次元の呪い',
  'curse.onPlayground':
    'プレイグラウンドのデータ({dataset})の2次元に、一様な雑音の次元を増やしながら加えて測ります。kNN は k = {k}、検証データで評価します。',
  'curse.onMoons':
    'プレイグラウンドのデータ({dataset})は入力2つの分類ではないので、2つの三日月で測ります。その2次元に一様な雑音の次元を増やしながら加え、kNN は k = {k}、検証データで評価します。',
  'curse.computing': '次元を加えて測っています…',
  'curse.chart': '次元数ごとの距離の比と kNN の正解率',
  'curse.ratio': '最も遠い点と最も近い点の距離の比(中央値、対数スケール)',
  'curse.accuracy': 'kNN の検証正解率',
  'curse.dimensions': '次元数',
  'curse.dimensionsLabel': '{count} 次元',
  'curse.summary':
    '{from} 次元から {to} 次元で、距離の比は {ratioFrom} から {ratioTo} に、kNN の正解率は {accuracyFrom} から {accuracyTo} に下がります。',
  'curse.why':
    '次元が多いと、どの距離も雑音に支配されます。最も遠い点も最も近い点とほとんど同じ距離になり、「最も近い点」はクラスについてほとんど何も教えてくれなくなります。',
};
