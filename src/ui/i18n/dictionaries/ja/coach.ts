// コーチ: 学習がうまくいかなかったとき、何が起きたか、なぜか、何を試すか。

import type { coach as enCoach } from '../en/coach';

export const coach: Record<keyof typeof enCoach, string> = {
  'playground.coach': 'うまくいかなかった理由',
  'panel.coach': 'コーチ',
  'coach.none':
    '今のところ問題は見つかっていません。コーチはステップごとに損失を、エポックの終わりごとにネットワークを調べています。',
  'coach.more': 'うまくいかなかった理由',
  'coach.where': 'ステップ {step} の時点',
  'coach.layer': '第 {layer} 層',
  'coach.diagramMark': 'コーチの指摘({layer}): {found}。',
  'coach.layerMark': '⚠ コーチ: {found}',
  'coach.column': 'コーチ',
  'coach.lesson': 'レッスン: {title}',
  'coach.alert': '{title}。{evidence}',
  'coach.alert.paused': '{title}。学習を一時停止しました。{evidence}',
  'coach.exploding.title': '損失が発散しました',
  'coach.exploding.evidence': '損失が {steps} ステップで {from} から {to} に増えました。',
  'coach.exploding.nonFinite': '損失は {steps} ステップ後に {from} から数値でない値になりました。',
  'coach.notLearning.title': '何も学習できていません',
  'coach.notLearning.evidence':
    'エポック {epochs} までに、訓練サンプル {rows} 個での損失は {from} から最も下がっても {to} です。でたらめに答えた場合は {chance} です。',
  'coach.notLearning.evidenceNoChance':
    'エポック {epochs} までに、訓練サンプル {rows} 個での損失は {from} から最も下がっても {to} です。',
  'coach.deadUnits.title': '死んだ ReLU ユニット',
  'coach.deadUnits.evidence':
    '第 {layer} 層の {units} ユニットのうち {dead} 個が、最初の {rows} 個の訓練サンプルすべてに対して 0 を出力しています。',
  'coach.saturation.title': '飽和したユニット',
  'coach.saturation.evidence':
    '第 {layer} 層の出力の {share}% が活性化関数の両端に張り付いています。',
  'coach.vanishingGradients.title': '勾配消失',
  'coach.vanishingGradients.evidence':
    '第 {first} 層の重みの勾配は第 {last} 層の {ratio} 分の 1 です({firstRms} と {lastRms})。',
  'coach.explodingGradients.title': '勾配爆発',
  'coach.explodingGradients.evidence':
    '第 {first} 層の重みの勾配は第 {last} 層の {ratio} 倍です({firstRms} と {lastRms})。',
  'coach.symmetry.title': '同じままのユニット',
  'coach.symmetry.evidence':
    '第 {layer} 層の {units} ユニットのうち {identical} 個が、同じ層の別のユニットとまったく同じ重みを持っています。',
  'coach.overfitting.title': '過学習',
  'coach.overfitting.evidence':
    'エポック {began} から、訓練損失は {trainFrom} から {trainTo} に下がったのに、検証損失は {valFrom} から {valTo} に上がりました。',
  'coach.oscillation.title': '損失が振動しています',
  'coach.oscillation.evidence':
    '直近 {steps} ステップのミニバッチ損失は {mean} のまわりを標準偏差 {spread} で揺れ、下がっていません。',
  'coach.exploding.tag': '発散',
  'coach.notLearning.tag': '学習せず',
  'coach.deadUnits.tag': '死んだユニット',
  'coach.saturation.tag': '飽和',
  'coach.vanishingGradients.tag': '勾配消失',
  'coach.explodingGradients.tag': '勾配爆発',
  'coach.symmetry.tag': '対称なユニット',
  'coach.overfitting.tag': '過学習',
  'coach.oscillation.tag': '振動',
  'coach.cause.learningRateTooLarge':
    '{optimizer} には学習率 {lr} は大きすぎます。1 ステップごとに谷を飛び越えてしまいます。',
  'coach.cause.learningRateTooSmall':
    '{optimizer} には学習率 {lr} は小さすぎます。1 ステップで重みがほとんど動きません。',
  'coach.cause.zeroInit':
    'ユニットが同じ重みから始まったため、同じ勾配を受け取り、1 つのユニット分の働きしかしません。',
  'coach.cause.deadUnits':
    'どのサンプルにも 0 を出力する ReLU ユニットは勾配を逆に伝えないので、生き返ることがありません。',
  'coach.cause.saturation':
    '両端に張り付いたシグモイドや tanh のユニットは傾きがほぼ 0 なので、勾配がほとんど通りません。',
  'coach.cause.smallSlopes':
    'シグモイドや tanh の層は勾配にその傾き(シグモイドでは最大 ¼)を掛けるので、逆伝播のたびに勾配が小さくなります。',
  'coach.cause.vanishingGradients':
    '勾配が逆伝播の途中で消えてしまい、最初の層がほとんど学習しません。',
  'coach.cause.initTooLarge': '初期の重みが、その層の入力の数に対して大きすぎます。',
  'coach.cause.inputScale':
    '入力が元の単位のまま(数百や数千のものもある)で、初期の重みが想定する大きさからかけ離れています。',
  'coach.cause.memorising':
    'ネットワークが訓練サンプルを丸暗記しています。訓練データで決めきれないほどの自由度があります。',
  'coach.cause.none': 'ネットワークには、はっきりした原因が見当たりません。',
  'coach.fix.lr': '学習率を {value} にする',
  'coach.fix.init': '{layers}を {init} で初期化する',
  'coach.fix.activation': '{layers}で {activation} を使う',
  'coach.fix.normalize': '入力を標準化する',
  'coach.fix.earlyStopping': '早期終了をオンにする(patience {patience})',
  'coach.layers.one': '第 {list} 層',
  'coach.layers.other': '第 {list} 層',
};
