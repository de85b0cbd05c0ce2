// The optimizer race and its presets.

import type { race as enRace } from '../en/race';

export const race: Record<keyof typeof enRace, string> = {
  // オプティマイザ競争。
  'race.onSurface': '曲面上の競争',
  'race.low': '低',
  'race.high': '高(対数スケール)',
  'race.highByRank': '高(順位で色分け: 表示範囲に極があり値が極端なため)',
  'race.key': '★ 既知の最小値 · ○ 出発点',
  'race.controls': '競争の操作',
  'race.play': '再生',
  'race.step': '1 ステップ進める',
  'race.stepColumn': 'ステップ',
  'race.speedOption': '毎秒 {count} ステップ',
  'race.progress': 'ステップ {step} / {end}',
  'race.where': '各走者の位置',
  'race.racer': '走者',
  'race.diverged': '発散',
  'race.leftView': '{racer} はステップ {step} で表示範囲の外に出ました。',
  'race.leftViewList': '表示範囲の外に出た走者',
  'race.racerName': '{optimizer} · lr {lr}',
  'race.lineName': '{optimizer}(lr {lr})',
  'race.gapByStep': 'ステップごとの f − (f の最小値)',
  'race.fByStep': 'ステップごとの f',
  'race.chart': '各走者のステップごとの f',
  'race.surface': '曲面',
  'race.preset': 'プリセット',
  'race.ownSettings': '自分で決めた設定',
  'race.formula': 'f(x, y) =',
  'race.formulaHelp': 'x、y、数値、+ − * / ^、{constants} と、関数 {functions} が使えます。',
  'race.plot': '描画',
  'race.formulaPending':
    '表示しているのは f(x, y) = {formula} です。上の式を使うには Enter キーか「描画」を押してください。',
  'race.formulaRefused':
    '表示しているのは f(x, y) = {formula} です。新しい式は適用されませんでした。',
  'race.revert': '元に戻す',
  'race.viewWindow': '表示範囲',
  'race.windowFrom': '{axis} の下限',
  'race.windowTo': '{axis} の上限',
  'race.windowOrder': '表示範囲の {axis} は、小さい値から大きい値への範囲にしてください',
  'race.start': '出発点(曲面をクリックしても決められます)',
  'race.startX': '出発点の x',
  'race.startY': '出発点の y',
  'race.startOutside':
    '出発点 ({x}, {y}) は表示範囲 x ∈ [{x0}, {x1}]、y ∈ [{y0}, {y1}] の外にあります。走者は図の外を走ります。',
  // 編集を受け付けなかった理由: 検証のことば、または f が有限でない出発点についてのページ独自のことば。
  'race.refused': '{message}',
  'race.workerCrashed':
    'レースを計算していたワーカーが予期せず停止しました({message})。何かを変更するか、リセットを押すと新しいワーカーで始まります。',
  'race.workerSilent':
    'レースを計算していたワーカーが応答しなくなった({seconds} 秒間何も返さなかった)ため、停止しました。何かを変更するか、リセットを押すと新しいワーカーで始まります。',
  'race.startNotFinite.custom':
    '入力した f(x, y) は出発点 ({x}, {y}) で有限の値になりません。別の出発点か別の式を選んでください。',
  'race.startNotFinite.builtIn':
    'f は出発点 ({x}, {y}) では大きすぎて計算できません。表示範囲に近い出発点を選んでください。',
  'race.formulaNowhereFinite':
    '入力した f(x, y) = {formula} は表示範囲のどこでも有限の値になりません。式を見直してください。',
  'race.steps': 'ステップ数',
  'race.noise': '勾配のノイズ',
  'race.noiseStd': 'ノイズの標準偏差',
  'race.noiseSeed': 'ノイズの乱数のシード',
  'race.arrows': '各走者に描く矢印',
  'race.arrowGradient': '勾配によるステップ(−lr·∇f)',
  'race.arrowMomentum': 'モーメンタム/1次のモーメント(破線)',
  'race.arrowSecond': '2次のモーメント(楕円: 軸ごとのステップの大きさ)',
  'race.surfaceLabel':
    '{surface} f = {formula}、x は {x0} から {x1} まで、y は {y0} から {y1} まで。{racers}が ({x}, {y}) から出発。クリックまたはドラッグで出発点を動かせます。',
  'race.racerCount.one': '走者 {count} 人',
  'race.racerCount.other': '走者 {count} 人',
  'race.racers': '走者',
  'race.addRacer': '走者を追加',
  'race.optimizerOf': '走者 {n} のオプティマイザ',
  'race.removeRacer': '走者 {n} を削除',
  'race.fieldOf': '走者 {n} の{field}',
  'race.allSettings': '走者 {n} のすべての設定',
  'race.param.momentum': 'モーメンタム β',
  'race.param.beta1': 'β1(1次のモーメント)',
  'race.param.beta2': 'β2(2次のモーメント)',
  'race.param.momentumDecay': 'ψ(モーメンタム減衰)',
  'race.param.eps': 'ε',
  'race.param.alpha': 'α(平滑化)',
  'race.param.rho': 'ρ',
  // 競争のプリセット: 名前と、見てほしいところ。
  'preset.saito.label': 'x²/20 + y²、(−7, 2) から(斎藤)',
  'preset.saito.note':
    '『ゼロから作るDeep Learning』の図です。SGD は細長い谷を横切ってジグザグに進み、Momentum は行き過ぎては揺り戻し、AdaGrad は勾配の2乗の和が増えるにつれて遅くなり、Adam は弧を描いて入っていきます。',
  'preset.rosenbrock.label': 'ローゼンブロック関数、(−1.5, 2) から',
  'preset.rosenbrock.note':
    '曲がった谷です。素朴な SGD は安定を保つためにとても小さな学習率が必要で、谷底をゆっくり這うように進みます。モーメンタムと適応的な手法は、バナナ形の谷をはるかに遠くまで進みます。',
  'preset.saddle.label': '鞍点からの脱出、(−1, 0.001) から',
  'preset.saddle.note':
    'x² − y² の尾根のほぼ真上から出発します。尾根を横切る方向の勾配はごく小さいので、SGD は鞍点の近くにとどまりますが、適応的な手法はその小さな勾配を大きく引き伸ばし、すぐに離れていきます。',
  'preset.banana.label': 'バナナ形の谷でのモーメンタム: α と β(Distill)',
  'preset.banana.note':
    '「Why Momentum Really Works」と同じく走者は 1 人です。ステップの大きさ α(学習率)とモーメンタム β をスライダーで動かし、経路が這うような動きから振動へ、さらに発散へと変わる様子を見てください。',
  'preset.himmelblau.label': 'ヒンメルブラウ関数: 4 つの最小値',
  'preset.himmelblau.note':
    '同じ出発点でも、オプティマイザが違えば 3 つの異なる最小値にたどり着きます。どこに行き着くかは、どこから出発したかだけでなく、どう動くかによっても決まります。',
  'preset.rastrigin.label': 'ラストリギン関数: 局所的な最小値だらけ',
  'preset.rastrigin.note':
    'SGD と Adam はいちばん近いくぼみで止まります。モーメンタムは尾根を 2 つ乗り越えてから、もっと低いくぼみに落ち着きます。勾配にノイズを加えると、くぼみから抜け出す走者が出てきます。',
};
