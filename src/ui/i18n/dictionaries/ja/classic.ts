// 古典的手法の表示: ネットワークと並べた分類器(ui/classic)。

export const classic = {
  'classic.title': '古典的手法',
  'classic.classifiers': 'ネットワークと並べた分類器',
  'classic.intro':
    'どの手法もプレイグラウンドのデータ({dataset}: {train})で、ネットワークと同じ分割と正規化のもとで学習し、同じ検証データで評価します。ネットワークは何をもたらすのでしょうか。',
  'classic.noPicture':
    'このデータの入力は {features} 個なので、領域の図はありません。表で手法を比べます。',
  'classic.regression':
    'ここでの古典的手法は分類のためのものです。プレイグラウンドのデータは回帰です。',
  'classic.method.network': 'ネットワーク(プレイグラウンド)',
  'classic.method.logistic': 'ロジスティック回帰',
  'classic.method.knn': 'k近傍法',
  'classic.method.linearSvm': '線形SVM',
  'classic.method.rbfSvm': 'RBFカーネルSVM',
  'classic.picture': '{dataset}での{method}の決定領域',
  'classic.accuracies': '訓練 {train} · 検証 {validation}',
  'classic.accuracyTrain': '訓練 {train}',
  'classic.fitting': '学習中…',
  'classic.network.note':
    'プレイグラウンドのネットワークの現在の状態(エポック {epoch} 後)。ここでもプレイグラウンドでも学習できます。',
  'classic.network.untrained':
    'プレイグラウンドのネットワークはまだ学習していません。領域はランダムな初期値のものです。',
  'classic.network.train': 'ネットワークを学習',
  'classic.network.pause': 'ネットワークを一時停止',
  'classic.logistic.note':
    '隠れ層のないネットワークです。入力がそのまま{output}に入り、同じエンジンで {optimizer}(学習率 {lr})により {epochs} エポック学習します。交差エントロピー損失は訓練ラベルの負の対数尤度です。',
  'classic.logistic.softmax': ' {classes} クラスのソフトマックス',
  'classic.logistic.sigmoid': '1 個のシグモイドユニット',
  'classic.logistic.likelihood': '訓練ラベル {count} 個の対数尤度: {value}',
  'classic.svm.C': 'C(マージン内の点への罰則)',
  'classic.svm.gamma': 'γ(距離とともに類似度が減る速さ)',
  'classic.linearSvm.note':
    'C = {C} のヒンジ損失は、内側に入る点が少ないできるだけ広い帯(破線: f = ±1)を求めます。実線 f = 0 が境界です。',
  'classic.svm.support.one': '{count} 個のサポートベクトル(丸で囲んだ点)がマージンを支えます。',
  'classic.svm.support.other': '{count} 個のサポートベクトル(丸で囲んだ点)がマージンを支えます。',
  'classic.svm.unconverged':
    'ソルバーは許容誤差に達する前に反復の上限で止まりました。近い解ですが厳密ではありません。',
  'classic.rbfSvm.note':
    'カーネルトリック: SVM は点どうしを k(x, x′) = exp(−γ‖x − x′‖²) を通してのみ比べます。これは無限次元の空間での内積なので、そこでのまっすぐなマージンがここでは曲がったマージンになります。',
  'classic.kernel.picture':
    '1 次元でのカーネルトリック: 直線上では 1 か所で切っても分けられない 2 クラスが、各点 x を (x, x²) に持ち上げると直線で分けられます。',
  'classic.kernel.line': '直線上',
  'classic.kernel.lifted': '(x, x²) に持ち上げる',
  'classic.knn.k': 'k(投票する近傍の数)',
  'classic.knn.metric': '距離',
  'classic.knn.euclidean': 'ユークリッド',
  'classic.knn.manhattan': 'マンハッタン',
  'classic.knn.note':
    '各点は、最も近い {k} 個の訓練データで最も多いクラスになります。図をクリックする(または点の x と y を入力する)と、その点の近傍が表示されます。',
  'classic.knn.vote': '({x}, {y}) に最も近い {k} 個: {votes}。',
  'classic.knn.clear': '点を消す',
  'classic.table': '各手法の正解率',
  'classic.table.method': '手法',
  'classic.table.train': '訓練',
  'classic.table.validation': '検証',
  'classic.table.none': '–',
  // ワーカーが答えられなかったとき(store/classicFailure.ts)。
  'classic.refused': '{message}',
  'classic.workerSilent':
    '古典的手法のワーカーが {seconds} 秒応答しなかったため停止しました。「もう一度」で新しいワーカーを起動します。',
  'classic.workerCrashed':
    '古典的手法のワーカーが異常終了しました({message})。「もう一度」で新しいワーカーを起動します。',
  'classic.tryAgain': 'もう一度',
  'classic.knn.votes': '{name} × {count}',
  'classic.knn.votesJoin': '、',
  'classic.knn.pointX': '点の x',
  'classic.knn.pointY': '点の y',
  'classic.knn.show': '近傍を表示',
  'classic.svm.oneVsOne':
    '{classes} クラスでは、{pairs} 通りのクラスの組ごとにその 2 クラスの点だけで SVM を学習し、投票で決めます(scikit-learn の SVC と同じ)。マージンは組ごとに違うので描きません。',
  'classic.linearSvm.noteUndrawn':
    'C = {C} のヒンジ損失は、2 クラスの間に、内側に入る点が少ないできるだけ広いマージンを求めます。',
  'classic.svm.supportUndrawn.one': '{count} 個のサポートベクトルがマージンを支えます。',
  'classic.svm.supportUndrawn.other': '{count} 個のサポートベクトルがマージンを支えます。',
  'classic.rbfSvm.manyInputs':
    "入力が {features} 個あると、γ がこの大きさでは他の点がすべて遠く見え、各点が孤立します。scikit-learn の gamma='auto' は 1/入力数 = {gamma} です。",
  'classic.rbfSvm.useAuto': 'γ を {gamma} にする',
};
