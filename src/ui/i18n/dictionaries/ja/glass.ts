// The glass box: one training step opened up for one sample.

import type { glass as enGlass } from '../en/glass';

export const glass: Record<keyof typeof enGlass, string> = {
  // グラスボックス: サンプル 1 つについて、学習の 1 ステップを開いて見る。
  // forward / backward は『ゼロから作るDeep Learning』にならって順伝播 / 逆伝播とする。
  'playground.glass': '1 ステップの中身を見る',
  'panel.glass': 'グラスボックス',
  'glass.intro':
    'サンプル 1 つについて、学習の 1 ステップを開いて見ます。数値が各層を順に通っていく様子、損失、逆向きに戻ってくる勾配、そしてオプティマイザが重みをどう更新するかです。その間、学習は一時停止し、再開すると止まったところから続きます。',
  // サンプルの選択。
  'glass.part': 'サンプルを取り出すデータ',
  'glass.part.training': '訓練データ',
  'glass.part.validation': '検証データ',
  'glass.sampleNumber': 'サンプル番号',
  'glass.range': '1 から {count} まで。',
  'glass.open': 'ステップを開く',
  'glass.opening': 'ステップを開いています…',
  'glass.failed': 'ステップを開けませんでした: {message}',
  // 段階の移動(← と → で 1 段階ずつ、Home と End で最初と最後へ)。
  'glass.steps': 'ステップの各段階',
  'glass.stepsRole': '段階',
  'glass.opened':
    '学習のステップ {step} を、{sample}を含む {rows} 個のミニバッチで開いています。ミニバッチはそのサンプルと、その後に続く訓練データのサンプルです(実際の学習の次のミニバッチはシャッフルで決まります)。← キーと → キーで 1 段階ずつ移動し、Home キーと End キーで最初と最後に移動します。',
  'glass.sample.training': '訓練データのサンプル {n} ',
  'glass.sample.validation': '検証データのサンプル {n} ',
  'glass.sample.drawn': '入力したサンプル',
  'glass.movedOn': 'その後も学習が進んでいます: ここの数値はそれより前のものです。',
  'glass.reopen': '現在の状態でもう一度開く',
  'glass.way': '勾配を計算する対象',
  'glass.way.sample': 'このサンプルだけ',
  'glass.way.batch': 'ミニバッチ全体({rows} 個のサンプルの平均)',
  'glass.nav': '段階の移動',
  'glass.previous': '← 前の段階',
  'glass.next': '次の段階 →',
  'glass.stageOf': '段階 {stage} / {count}: {name}',
  'glass.stage.input': 'サンプル',
  'glass.stage.loss': '損失',
  'glass.stage.update': '重みの更新',
  'glass.stage.forward': '第 {n} 層、{what}、順伝播',
  'glass.stage.backward': '第 {n} 層、{what}、逆伝播',
  // 層の種類(プレイグラウンドの層の名前と同じ)。
  'glass.kind.dense': '全結合',
  'glass.kind.conv2d': '畳み込み',
  'glass.kind.maxpool2d': '最大プーリング',
  'glass.kind.avgpool2d': '平均プーリング',
  'glass.kind.flatten': '平坦化',
  'glass.kind.activation': '活性化関数',
  'glass.kind.batchnorm': 'バッチ正規化',
  'glass.kind.dropout': 'ドロップアウト',
  // ユニットと、積の和の書き出し(「z₂ = x₁·W₁,₂ + … + b₂」)。
  'glass.unit': 'ユニット',
  'glass.units.all': '{count} 行すべてを表示',
  'glass.units.fewer': '最初の {shown} 行だけを表示',
  'glass.follow': '{unit} を追う',
  'glass.product': '積',
  'glass.terms': '{result} のすべての項',
  'glass.moreTerms': '残り {count} 項の合計 {sum}',
  'glass.showTerms': '{count} 項をすべて表示',
  'glass.hideTerms': '項を隠す',
  // 入力: サンプルとそのミニバッチ。
  'glass.input.class':
    'このサンプルのクラスは {name} です。ネットワークには、このクラスに最も高い確率を与えることが求められます。',
  'glass.input.target': 'このサンプルに対する正解の出力は {target} です。',
  'glass.input.features': 'ネットワークが受け取る形での特徴量(データと同じように正規化したもの)',
  'glass.input.feature': '特徴量',
  'glass.input.many': 'このサンプルは {count} 個の値(画像)で、それがネットワークの入力です。',
  'glass.input.minibatch':
    'このサンプルは {rows} 個のサンプルからなるミニバッチで学習します。一緒に入る訓練データのサンプルは {companions} です(このサンプルの後に続くものなので、同じサンプルを開けば同じステップが開きます)。',
  // 全結合層。
  'glass.dense.forward':
    '各ユニットは、入力にそれぞれの重みを掛けて足し合わせ、バイアスを加えます: zⱼ = Σᵢ xᵢ·Wᵢⱼ + bⱼ。ユニットを選ぶと、その和が表示されます。',
  'glass.dense.forwardNoBias':
    '各ユニットは、入力にそれぞれの重みを掛けて足し合わせます(この層にはバイアスがありません。後ろのバッチ正規化で打ち消されてしまうためです): zⱼ = Σᵢ xᵢ·Wᵢⱼ。',
  'glass.dense.outputs': '各ユニットの z',
  'glass.dense.backward':
    '各ユニットの z における勾配から、この層を逆にたどります: ∂L/∂bⱼ = ∂L/∂zⱼ、∂L/∂Wᵢⱼ = xᵢ·∂L/∂zⱼ(つまり ∂L/∂W = xᵀ·∂L/∂z)、そして前の層へは ∂L/∂x = ∂L/∂z·Wᵀ です。',
  'glass.dense.backwardCoupled':
    'この層を逆にたどります。上にあるバッチ正規化がミニバッチの行どうしを結び付けるので、このサンプル自身の損失も μ と σ² を通じてすべての行の z に届きます。∂L/∂W と ∂L/∂b は、この行だけでなく {rows} 行すべての和(xᵀ·∂L/∂z と ∂L/∂z の和)です。サンプルの行からは、やはり ∂L/∂x = ∂L/∂z·Wᵀ が得られます。',
  'glass.dense.backwardBatch':
    'ミニバッチ全体について、この層を逆にたどります: ∂L/∂W と ∂L/∂b は、各行の xᵀ·∂L/∂z と ∂L/∂z の和です(どれも、損失が平均なので、すでに行数 {rows} で割ってあります)。このサンプルの行からは、やはり ∂L/∂x = ∂L/∂z·Wᵀ が前の層へ伝わります。',
  'glass.dense.gradients': '各ユニットの勾配',
  'glass.dense.weightsInto': '{unit} に入る重み',
  'glass.dense.intoBelow': '前の層へ(そこで追っている入力について):',
  'glass.followWeight': '{weight} を更新まで追う',
  'glass.firstLayer':
    'これは重みをもつ最初の層です。これより前に学習するものはないので、勾配はここで止まります。',
  // 活性化関数。
  'glass.activation.forward':
    '{name} は各ユニットに個別に作用します: a = f(z)。そのグラフに、このサンプルの各ユニットを示します:',
  'glass.softmax.forward':
    '{name} はスコア z を確率に変えます: pₖ = exp(zₖ) / Σⱼ exp(zⱼ)。どれも正で、合計は 1 になります。',
  'glass.activation.values': '{name}: 各ユニットの z と a',
  'glass.activation.curve': '{name} のグラフ。{unit} は z = {z}、a = {a} の位置にあります。',
  'glass.activation.backward':
    '{name} を逆にたどります: 各ユニットの勾配に、その z における f の傾きを掛けます: ∂L/∂z = ∂L/∂a · f′(z)。',
  'glass.relu.backward':
    '{name} を逆にたどります: 傾きは z が正のところで 1、それ以外で 0 なので、勾配は順伝播で値を通したユニットだけを通ります: ∂L/∂z = ∂L/∂a · [z > 0]。',
  'glass.activation.gradients': '{name}: そこを通る勾配',
  // 出力層の活性化関数と損失をまとめた逆伝播(Softmax-with-Loss など)。
  'glass.fused.backward':
    '損失と {name} をまとめると、勾配は最も単純な形になります: ∂L/∂z = p − t、つまり確率から正解ラベルを引いたものです。',
  'glass.fused.backwardBatch':
    '損失と {name} をまとめて: ミニバッチの平均の損失のうち、このサンプルの行については ∂L/∂z = (p − t) / {rows} です。',
  'glass.fused.values': '出力の勾配: p、t、∂L/∂z',
  // バッチ正規化。
  'glass.batchnorm.forward':
    '各ユニットを、ミニバッチ({rows} 個のサンプル)の平均 μ と分散 σ² で正規化し、ユニットごとの γ と β でスケールとシフトを行います: x̂ = (x − μ)/√(σ² + ε)、y = γx̂ + β。',
  'glass.batchnorm.channels':
    '画像の後では、{channels} 個のチャネルのそれぞれに μ、σ²、γ、β が 1 つずつあります。',
  'glass.batchnorm.statistics': 'バッチ正規化の統計量と出力',
  'glass.batchnorm.backward':
    'バッチ正規化を逆にたどります: ミニバッチ全体で ∂L/∂β = Σ ∂L/∂y、∂L/∂γ = Σ ∂L/∂y·x̂ です。前の層への勾配には 3 つの項があります。μ と σ² が {rows} 個のすべてのサンプルに依存するためです: ∂L/∂x = (γ/σ)·(∂L/∂y − mean(∂L/∂y) − x̂·mean(∂L/∂y·x̂))。',
  'glass.batchnorm.terms':
    '{value} について、3 つの項を数値で書きます(平均はミニバッチ内のそのチャネルの {m} 個の値について: mean(∂L/∂y) = ∂L/∂β/m、mean(∂L/∂y·x̂) = ∂L/∂γ/m):',
  'glass.batchnorm.engine': 'ここでのエンジン自身の ∂L/∂x: {dx}。',
  'glass.batchnorm.gradients': 'バッチ正規化の勾配',
  // ドロップアウト。
  'glass.dropout.forward':
    '学習中、ドロップアウトはここにある {count} 個の値のうち {dropped} 個を消去し、残りを 1/(1 − p) 倍します。こうしておけば、後でスケールを戻す必要がありません。',
  'glass.dropout.none': 'このドロップアウトは何も消去しません(ドロップアウト率が 0 です)。',
  'glass.dropout.mask': 'マスク',
  'glass.dropout.values': 'ドロップアウト: 値、マスク、出力',
  'glass.dropout.backward':
    'ドロップアウトを逆にたどります: 同じマスクを使うので、消去された値には勾配が流れません。',
  'glass.dropout.gradients': 'ドロップアウト: そこを通る勾配',
  // 画像の層(畳み込み、プーリング、平坦化): チャネルごとの特徴マップと、追っている出力セルの
  // 受容野(プーリングではウィンドウ)。用語は既存の辞書に合わせる(フィルタ、チャネル、パディング、
  // ストライド)。行と列は 1 から数え、「3 行 4 列」のように書く。
  'glass.cell.legend': '追うセル',
  'glass.cell.filter': 'フィルタ',
  'glass.cell.channel': 'チャネル',
  'glass.cell.row': '行',
  'glass.cell.column': '列',
  'glass.cell.hint': 'または図のセルをクリックします。',
  'glass.cell.conv': '{y}(フィルタ {c}、{r} 行 {k} 列)',
  'glass.cell.image': '{y}(チャネル {c}、{r} 行 {k} 列)',
  'glass.maps.input': '入力',
  'glass.maps.output': '出力',
  'glass.maps.outputGradient': '出力における勾配 ∂L/∂y',
  'glass.maps.inputGradient': '前の層へ渡す勾配 ∂L/∂x',
  'glass.maps.map': '{group}、チャネル {c}({h} × {w})',
  'glass.maps.channel': 'チャネル {c}',
  'glass.maps.key':
    '青は正、オレンジは負、白は 0 です。黒い枠は注目しているセル、紫の枠は追っているセルを示します。',
  'glass.maps.scale': '±{scale} で最も濃い色。',
  'glass.maps.padding': '斜線の枠はゼロパディングです(上下左右に {padding})。',
  'glass.conv.forward.one':
    '畳み込み層は {filters} 個のフィルタ({kernel}、入力は 1 チャネル)を、ストライド {stride}、パディング {padding}(周りを 0 で囲む幅)で入力の上で滑らせます。出力の各セルは、フィルタの下にある入力の値にそれぞれの重みを掛けて足し合わせたものです: {formula}。和はすべての入力チャネル c、カーネルの行 u と列 v(いずれも 1 から数える)についてとります。出力のセルを選ぶと、その和が表示されます。',
  'glass.conv.forward.other':
    '畳み込み層は {filters} 個のフィルタ({kernel}、入力の {count} チャネルすべてにまたがる)を、ストライド {stride}、パディング {padding}(周りを 0 で囲む幅)で入力の上で滑らせます。出力の各セルは、フィルタの下にある入力の値にそれぞれの重みを掛けて足し合わせたものです: {formula}。和はすべての入力チャネル c、カーネルの行 u と列 v(いずれも 1 から数える)についてとります。出力のセルを選ぶと、その和が表示されます。',
  'glass.conv.field.one': '{cell} の受容野: 入力の {rows} 行、{cols} 列({kernel} のカーネルの下)。',
  'glass.conv.field.other':
    '{cell} の受容野: 入力の {count} チャネルそれぞれの {rows} 行、{cols} 列({kernel} のカーネルの下)。',
  'glass.conv.padded':
    '{taps} 項のうち {count} 項はパディングの上にあり、0 なので和から省いています。',
  'glass.conv.fieldNone': '{cell} の受容野はすべてパディングの上にあります。和はバイアスだけです。',
  'glass.conv.padding': 'パディング',
  'glass.conv.under': 'カーネルの下にあるチャネル {c} の値: x',
  'glass.conv.weights': 'フィルタ {f} のチャネル {c} の重み: W',
  'glass.conv.backward':
    '追っているセル {cell} から畳み込み層を逆にたどります。ここで ∂L/∂y = {g} です。受容野の各入力セルは、両者を結ぶ重みを通して W·∂L/∂y を受け取ります。フィルタ {f} の各重みは、その下にある入力から x·∂L/∂y を受け取り、バイアスは ∂L/∂y を受け取ります。これをフィルタの出力の {cells} 個のセルすべてについて足し合わせたものが ∂L/∂W(最後の列)と ∂L/∂b です。∂L/∂x は、すべてのフィルタのすべてのセルから各入力セルに送られるものの和です。',
  'glass.conv.backwardBatch':
    'ミニバッチ全体について、追っているセル {cell} から畳み込み層を逆にたどります。ここで ∂L/∂y = {g} です(平均の損失の勾配のうち、このサンプルの行)。受容野の各入力セルは W·∂L/∂y を、フィルタ {f} の各重みは x·∂L/∂y を、バイアスは ∂L/∂y を受け取ります。∂L/∂W(最後の列)と ∂L/∂b は、これをフィルタの出力の {cells} 個のセルすべてについて、{rows} 行それぞれで足し合わせたものです。',
  'glass.conv.taps': '{cell} の勾配の行き先(重みごと)',
  'glass.conv.weight': '重み',
  'glass.conv.inputCell': 'その下の入力',
  'glass.conv.toInput': '入力へ: W·∂L/∂y',
  'glass.conv.toWeight': '重みへ: x·∂L/∂y',
  'glass.conv.allCells': '∂L/∂W(全セル)',
  'glass.conv.bias':
    'バイアス {b} は、フィルタ {f} のすべてのセルの勾配を受け取ります: ∂L/∂b = Σ ∂L/∂y = {value}。',
  'glass.conv.biasBatch':
    'バイアス {b} は、ミニバッチのすべての行で、フィルタ {f} のすべてのセルの勾配を受け取ります: ∂L/∂b = {value}。そのうち、このサンプルのセルの分は {share} です。',
  'glass.conv.intoBelow':
    '前の層へ渡す勾配 ∂L/∂x。各入力セルは、すべての出力セルから送られるものを足し合わせます。',
  'glass.pool.max':
    '最大プーリングは、{size} × {size} の各ウィンドウ({stride} ずつ移動)の最大値をチャネルごとに残します。重みはありません。出力のセルを選ぶと、そのウィンドウが表示されます。',
  'glass.pool.avg':
    '平均プーリングは、{size} × {size} の各ウィンドウ({stride} ずつ移動)の平均をチャネルごとにとります: {count} 個の値がそれぞれ 1/{count} ずつ寄与します。重みはありません。出力のセルを選ぶと、そのウィンドウが表示されます。',
  'glass.pool.window': '{cell} のウィンドウ: チャネル {c} の {rows} 行、{cols} 列。',
  'glass.pool.took': '最大値は {from} の {value} です。',
  'glass.pool.maxBackward':
    '最大プーリングを逆にたどります: {cell} における勾配 ∂L/∂y = {g} は、順伝播で値を取った入力セル {from} だけに流れます。ウィンドウのほかのセルには流れません。',
  'glass.pool.avgBackward':
    '平均プーリングを逆にたどります: {cell} における勾配 ∂L/∂y = {g} は、ウィンドウの {count} 個のセルに等しく分けられます: 各セルが受け取るのは ∂L/∂y / {count} = {each} です。',
  'glass.pool.intoBelow':
    '前の層へ渡す勾配 ∂L/∂x。ウィンドウはチャネル {c} の {rows} 行、{cols} 列です。',
  'glass.pool.received':
    '∂L/∂{x} = {value}。そのセルを取ったすべてのウィンドウからの勾配の和です(ウィンドウが重なると、同じセルが 2 回以上取られることがあります)。',
  'glass.flatten.forward':
    '平坦化は計算をしません: {shape} の値を、チャネルごと、行ごとに並べて、長さ {count} の 1 本のベクトルとして読むだけです。チャネル c、r 行 k 列(いずれも 1 から数える)の値は、要素 (c − 1)·{hw} + (r − 1)·{w} + k になります。',
  'glass.flatten.mapping': '{x} は {y} = {value} になります。',
  'glass.flatten.backward':
    '平坦化を逆にたどります: 勾配を {shape} の形に戻し、各値を元の位置に置きます: {x} における勾配は ∂L/∂{y} = {value} です。',
  // 損失。
  'glass.loss.crossEntropy':
    '交差エントロピー誤差: L = −log p(正解)。ネットワークはクラス {name} に確率 {p} を与えているので、このサンプルの損失は −log {p} = {loss} です。',
  'glass.loss.bce':
    '2値交差エントロピー誤差: L = −[t·log y + (1 − t)·log(1 − y)]。y = {y}、t = {t} なので、このサンプルの損失は {loss} です。',
  'glass.loss.mse':
    '平均2乗誤差: L = (y − t)² の平均。y = {y}、t = {t} なので、このサンプルの損失は {loss} です。',
  'glass.loss.probabilities': '各クラスの確率',
  'glass.loss.batch':
    'ミニバッチの損失({rows} 個のサンプルの平均)は {batch} です。オプティマイザが更新に使うのはこちらです。',
  // 重みの更新。
  'glass.update': '更新',
  'glass.update.none': 'このネットワークには更新する重みがありません。',
  'glass.update.tensor': '重み',
  'glass.update.tensorOption': '第 {n} 層、{what}: {name}({shape})',
  'glass.update.element': '要素',
  'glass.update.gradient':
    'ミニバッチ全体での {weight} の勾配は {g} です。そのうち、このサンプルの分は {share} です(このサンプル自身の勾配を行数 {rows} で割ったもの)。',
  'glass.update.penalty': 'L1/L2 正則化の項を加えて、オプティマイザに渡される勾配は {g} です。',
  'glass.update.rule': '{optimizer}、ステップ {step}、学習率 {lr}:',
  'glass.update.lines': 'この数値を当てはめた更新式',
  'glass.update.state': 'この重みに対するオプティマイザの状態',
  'glass.update.quantity': '量',
  'glass.update.before': '更新前',
  'glass.update.after': '更新後',
  'glass.update.result':
    '{weight}: {before} → {after}({change} だけ変化)。このミニバッチでのこのステップによる変化です。',
  'glass.update.always':
    'オプティマイザが更新に使うのは、常にミニバッチ全体の勾配です。このサンプルだけの勾配は、このサンプルがその勾配にどう寄与しているかを示すものです。',
};
