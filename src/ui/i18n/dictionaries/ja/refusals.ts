// 入力された値を受け付けなかった理由(欄のそばに表示する)。{field} は欄の名前、{got} は入力された値。
import type { RefusalKey } from '../../../../spec/refusals';

export const refusals: Record<RefusalKey, string> = {
  'refusal.number': '{field}には有限の数を入力してください({got} と入力されました)。',
  'refusal.number.positive': '{field}には正の数を入力してください({got} と入力されました)。',
  'refusal.number.gt': '{field}には {low} より大きい数を入力してください({got} と入力されました)。',
  'refusal.number.ge': '{field}には {low} 以上の数を入力してください({got} と入力されました)。',
  'refusal.number.lt': '{field}には {high} 未満の数を入力してください({got} と入力されました)。',
  'refusal.number.le': '{field}には {high} 以下の数を入力してください({got} と入力されました)。',
  'refusal.number.gtLt':
    '{field}には {low} より大きく {high} 未満の数を入力してください({got} と入力されました)。',
  'refusal.number.gtLe':
    '{field}には {low} より大きく {high} 以下の数を入力してください({got} と入力されました)。',
  'refusal.number.geLt':
    '{field}には {low} 以上 {high} 未満の数を入力してください({got} と入力されました)。',
  'refusal.number.geLe':
    '{field}には {low} 以上 {high} 以下の数を入力してください({got} と入力されました)。',
  'refusal.integer': '{field}には {min} 以上の整数を入力してください({got} と入力されました)。',
  'refusal.integer.atMost': '{field}は最大 {max} です({got} と入力されました)。',
  // {data} はデータセットのメニューでの名前。
  'refusal.integer.dataSize':
    '{field}は{data}のサンプル数 {max} 以下にしてください({got} と入力されました)。',
  'refusal.integer.classLimit':
    '{field}はクラス番号の上限 {max} 以下にしてください({got} と入力されました)。',
  'refusal.integer.range':
    '{field}には {min} 以上 {max} 以下の整数を入力してください({got} と入力されました)。',
  // 欄どうしの決まり。入力したばかりの値とは限らないので、今の値を示す。
  'refusal.validation.oneSample':
    'サンプルが 1 つでは分割できません。{field}を 0 にするか、サンプルを増やしてください(今は {got})。',
  'refusal.earlyStopping.validation':
    '早期終了は検証データの損失を見るので、検証データの割合は 0 より大きくする必要があります。先に早期終了をオフにしてください。',
  'refusal.batchSize.batchNorm':
    'バッチ正規化には 1 バッチに 2 つ以上のサンプルが必要です。{field}を 2 以上にしてください(今は {got})。',
  'refusal.batchSize.activations':
    '{field} {got} はこのネットワークには大きすぎます: {rows} サンプルのバッチで層の出力が {values} 個になり、上限の {limit} 個を超えます。バッチを小さくするか、層の幅を狭くしてください(最も多いのは第 {layer} 層で、1 サンプルあたり {held} 個)。',
  'refusal.momentum.nesterov':
    'ネステロフの加速勾配法を使うときは、{field}を 0 より大きくしてください(PyTorch はモーメンタムのないネステロフを受け付けません)。',
  'refusal.momentum.needed':
    'この最適化手法では{field}を 0 より大きくしてください(ただの勾配降下法には SGD を選んでください)。',
  'refusal.augment.imageOnly':
    '{field}は画像の画素を動かしますが、この入力は画像ではありません。ジッターはどのデータにも使えます。',
  'refusal.augment.flip':
    '{field}は画像を左右反転しますが、{data} の画像は反転すると別のクラスに見えることがあります(反転した数字は同じ数字ではありません)。',
};
