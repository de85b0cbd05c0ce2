// The formulas beside the controls (ui/formulas): their captions, the words around the
// mathematics, and the variance argument behind the initializers.

import type { formulas as enFormulas } from '../en/formulas';

export const formulas: Record<keyof typeof enFormulas, string> = {
  // 操作のそばに置く数式。数式そのものは ui/formulas の TeX で、ここは周りの言葉だけ。
  'formulas.where': 'ただし {values}',
  'formulas.optimizer': '更新式: {optimizer}',
  'formulas.optimizer.lead': '各ステップで、すべての重み θ とそのミニバッチでの勾配 g について:',
  'formulas.loss': '損失関数: {loss}',
  'formulas.layer': '第 {n} 層の数式',
  'formulas.operation': '層: {layer}',
  'formulas.activation': '活性化関数: {activation}',
  'formulas.initializer': '重みの初期値: {init}',
  'formulas.lesson': 'レッスン「{title}」({view}で開きます)',
  'formulas.when.slope': '傾き(誤差逆伝播法で使う):',
  'formulas.when.gradient': '勾配:',
  'formulas.when.penalties': '最小化するのは、重み(バイアスは除く)へのペナルティを加えた値:',
  'formulas.when.training': '学習時:',
  'formulas.when.running': '推論用に保持:',
  'formulas.when.evaluation': '推論時:',
  'formulas.note.buffer': 'モーメンタムのバッファ b は 0 から始まるので、最初の値は g です。',
  'formulas.note.nesterov':
    'ネステロフの方法は先を見ます: モーメンタムの向かう先 μb を g に加えて進みます。バッファ b は 0 から始まります。',
  'formulas.note.adagrad':
    's は 0 から始まり、増える一方です: 大きな勾配を受けた重みほど、更新の幅が小さくなっていきます。',
  'formulas.note.adadelta':
    'v と u は 0 から始まります。更新量の 2 乗の移動平均 u によって、Δ は θ と同じ単位になります。学習率 1 が論文どおりの規則です。',
  'formulas.note.rmsprop':
    'v は 0 から始まります。ε は平方根の外にあります(PyTorch と同じ。TensorFlow では中)。',
  'formulas.note.moments':
    'm と v は 0 から始まります。1 − β₁ᵗ と 1 − β₂ᵗ で割る(t は 1 から数えたステップ数)ことで、最初のうち 0 に引っ張られる偏りを打ち消します。',
  'formulas.note.adamw':
    '減衰は g に加えるのではなく θ を直接縮めるので、√v̂ + ε で割られません(分離された重み減衰)。',
  'formulas.note.nadam':
    'NAdam はモーメンタムの 1 ステップ先を見て進みます。モーメンタム μₜ は μ₁ から β₁ へ徐々に近づきます。',
  'formulas.note.radam':
    'ρₜ ≤ 5 の間(ここではステップ 1 から {last} まで)は v の分散が不確かすぎるため、モーメンタムだけで進みます。ステップ {first} からは rₜ で補正した適応的な更新になります。',
  'formulas.note.radamNever':
    'この β₂ では ρₜ が 5 を超えることはなく、どのステップもモーメンタムだけで進みます。',
  'formulas.note.schedule':
    'lr は上で設定した学習率です。スケジュール({schedule})がエポックごとに変えていきます。',
  'formulas.note.fixedScale':
    '層の大きさに関係なく同じ広がりです: ユニットが足し合わせる入力が多いほど、その和は大きくなります。',
  'formulas.note.zeros':
    'この層のユニットはすべて同じ値から始まり、同じ勾配を受けるので、ずっと同じままです: 層全体が 1 つのユニットのようにしか学習しません。',
  'formulas.note.flatInput': '画像はチャンネル、行、列の順に平坦化されて入ります。',
  'formulas.note.conv':
    '相互相関です(カーネルは反転しません。PyTorch の Conv2d と同じ)。画像の外側のパディングでは x は 0 です。',
  'formulas.note.batchnorm': 'ユニット j ごとに、ミニバッチの m 個のサンプルで計算します。',
  'formulas.note.batchnormImage':
    'チャンネル j ごとに、ミニバッチと画像のすべての位置にわたる m 個の値で計算します。',
  'formulas.note.dropout':
    '各ユニットは確率 1 − p で残り、残ったものは拡大されるので、推論時には何も変えずに済みます。',
  'formulas.note.batch':
    'N はミニバッチのサンプル数(エポックの最後のミニバッチは少ないことがあります)、K は出力の数です。',
  'formulas.note.fused':
    '損失関数「{loss}」と一体で計算されます: z での勾配は損失関数の p − t で、この傾きは使いません。',
  'formulas.why': 'なぜこの初期値?',
  'formulas.why.sum':
    'ユニットは入力を足し合わせます: {sum}。重みと入力が独立で平均 0 なら、各積の分散は分散の積になり、それが足し合わされます: {variance}。',
  'formulas.why.forward':
    'したがって、{lecun} なら信号の大きさが層から層へ保たれます。これが LeCun の初期値で、入力の分散をそのまま伝える層(線形、0 付近の tanh)に向きます。',
  'formulas.why.backward':
    '勾配は転置した重みを通って逆に流れるので、そちらは {backward} を求めます。Xavier(Glorot)の初期値は両方向の間をとって {xavier} とします。シグモイド関数や tanh に向きます。',
  'formulas.why.relu':
    'ReLU は入力の半分を 0 にするので、伝わる分散が半分になります。He の初期値は LeCun の 2 倍でそれを補います: {he}。',
  'formulas.why.draw':
    '[−a, a] の一様分布の分散は a²/3 なので {uniform}、正規分布なら {normal} です。',
  'formulas.why.layer': 'この層では: {fans}',
  'formulas.why.initializer': '重みの初期値',
  'formulas.why.chosen': '(この層の初期値)',
  'formulas.why.own': 'この層の初期値は層の大きさを見ません: ノードの数によらず {variance} です。',
  'formulas.family.lecun': 'LeCun',
  'formulas.family.xavier': 'Xavier/Glorot',
  'formulas.family.he': 'He',
};
