// The page, sharing and presentation, shared words, panel failures and notices.

import type { page as enPage } from '../en/page';

export const page: Record<keyof typeof enPage, string> = {
  'app.tabs': '表示',
  'app.tab.lessons': 'レッスン',
  'lessons.title': 'レッスン',
  'lessons.intro':
    'ガイド付きの実験です。短い説明、ワンクリックで読み込める設定、注目するところ、次に試す問いがあります。前のレッスンの上に積み上げていくので、はじめは順番にどうぞ。',
  'lessons.open': '{view}で開く',
  'lessons.openNamed': '{open}: レッスン「{title}」',
  'lesson.banner': 'レッスン: {title}',
  'lesson.number': 'レッスン {order}:',
  'lesson.lookFor': '注目するところ:',
  'lesson.question': '次に試すこと:',
  'lesson.all': 'レッスン一覧',
  'lesson.close': 'レッスンを閉じる',
  'app.tab.playground': 'プレイグラウンド',
  'app.tab.race': 'オプティマイザ競争',
  'app.tab.compare': '比較',
  'app.tab.search': '探索',
  'app.tab.classic': '古典的手法',
  'app.language': '言語',
  // 共有、授業での利用、プレゼンテーションモード(ui/classroom)。
  'share.copyLink': 'リンクをコピー',
  'share.copied': 'リンクをコピーしました',
  'share.copyManually':
    'コピーできませんでした。リンクを選択してコピーしてください(Ctrl+C または ⌘C)。',
  'share.linkField': 'この実験へのリンク',
  'share.tooLong':
    'この実験は(データセットが大きいため)リンクにできません。ファイルとして保存してください。',
  'classroom.open': '授業用に共有',
  'classroom.group': '共有とプレゼンテーション',
  'classroom.intro':
    '生徒に見せないものにチェックを入れてください。リンクを開くと、それらを隠した状態でこの実験が表示され、生徒は元に戻せません。',
  'classroom.hide': '生徒に見せないもの',
  'classroom.hide.data': 'データパネル',
  'classroom.hide.network': 'ネットワークの構成',
  'classroom.hide.training': '学習の設定パネル(オプティマイザと設定)',
  'classroom.hide.tab': '「{tab}」タブ',
  'classroom.present': 'プレゼンテーションモードで開く',
  'classroom.link': '授業用のリンク',
  'classroom.making': 'リンクを作成中…',
  'classroom.copy': 'コピー',
  'classroom.close': '閉じる',
  'classroom.hiddenNote': '一部の操作は先生によって非表示になっています。',
  'present.toggle': 'プレゼンモード',
  'common.dismiss': '閉じる',
  'common.cancel': 'キャンセル',
  'common.reset': 'リセット',
  'common.speed': '速度',
  'common.logScale': '対数スケール',
  'common.training': '訓練',
  'common.validation': '検証',
  'common.time': '時間',
  'common.layer': '第 {n} 層',
  'common.listSeparator': '、',
  'common.rows.one': '{count} 行',
  'common.rows.other': '{count} 行',
  'common.columns.one': '{count} 列',
  'common.columns.other': '{count} 列',
  'common.trainingSamples.one': '訓練データ {count} 件',
  'common.trainingSamples.other': '訓練データ {count} 件',
  'common.validationSamples.one': '検証データ {count} 件',
  'common.validationSamples.other': '検証データ {count} 件',
  'common.inputs.one': '入力 {count} 個',
  'common.inputs.other': '入力 {count} 個',
  // 描画に失敗したパネルと、その知らせの中でのパネルの名前。
  'panel.failed': '{panel}のパネルを描画できませんでした({message})。',
  'panel.retry': 'もう一度試す',
  'panel.data': 'データ',
  'panel.network': 'ネットワーク',
  'panel.training': '学習の設定',
  'panel.boundary': '決定境界',
  'panel.metrics': '学習曲線',
  'panel.diagram': 'ネットワーク図',
  'panel.landscape': '損失の地形',
  'panel.perClass': 'クラスごとの結果',
  'panel.histograms': 'ヒストグラム',
  'panel.surfaceSettings': '曲面の設定',
  'panel.racers': '走者',
  'panel.surface': '曲面',
  'panel.raceLegend': '走者の一覧',
  'panel.compareSettings': '比較の設定',
  'panel.compareCharts': '比較のグラフ',
  'panel.compareHistograms': '比較のヒストグラム',
  'panel.searchSettings': '探索の設定',
  'panel.searchResults': '探索の結果',
  // お知らせ: 実験に起きたこと。英語のメッセージは {message} としてそのまま入る。
  'notice.restarted': 'この変更には新しい学習が必要なので、学習を最初からやり直しました。',
  'notice.restarted.data': 'データが変わったので、学習を最初からやり直しました。',
  'notice.restarted.network':
    'ネットワークが変わったので、新しい重みで学習を最初からやり直しました。',
  'notice.restarted.optimizer':
    'オプティマイザが変わったので、学習を最初からやり直しました: 新しいオプティマイザには引き継ぐ状態がないためです。',
  'notice.imageLayersDropped':
    '画像用の層を削除しました（{count} 個）：畳み込みとプーリングには画像データが必要です。',
  'notice.regressionOutput':
    'このデータの目的変数は数値なので、出力層を恒等関数に、損失関数を2乗誤差に変えました。',
  'notice.augmentOff':
    'データ拡張をオフにしました: 画像の画素を動かす変換ですが、新しいデータは画像ではありません。',
  'notice.augmentFitted': 'データ拡張を新しいデータに合わせました: 使えない変換をオフにしました。',
  'notice.bceNeedsTwoClasses':
    '2値交差エントロピー誤差はちょうど 2 クラスのデータにしか使えませんが、このデータは {classes} クラスあります。そのため、出力層をソフトマックス関数に、損失関数を交差エントロピー誤差に変えました。',
  'notice.linkFailed':
    'リンクの実験を開けませんでした: {message}。代わりに既定の実験を表示しています。',
  'notice.savedFailed':
    '保存されていた実験を復元できませんでした: {message}。代わりに既定の実験を表示しています。',
  'notice.raceRestoreFailed': '保存されていたオプティマイザ競争を復元できませんでした: {message}。',
  'notice.loadFailed': '実験を読み込めませんでした: {message}',
  'notice.diverged':
    '損失が発散したため、学習を一時停止しました。{message}小さな学習率(10 分の 1)、Adam のような適応的なオプティマイザ、または小さな初期値を試してから、リセットしてください。',
  'notice.failed': '{message}リセットしてやり直してください。',
  'run.reason': '{message}',
  'run.diverged.step':
    'ステップ {step}(エポック {epoch})で損失が {loss} になりました。学習が発散しました: 更新がどんどん大きくなり、数値があふれました。学習率({lr})がこのネットワークとデータには大きすぎるのでしょう。',
  'run.diverged.epoch':
    'エポック {epoch}(ステップ {step})の後、データ全体の損失が有限の値ではなくなりました。学習が発散しました: 更新がどんどん大きくなり、数値があふれました。学習率({lr})がこのネットワークとデータには大きすぎるのでしょう。',
  'run.stoppedEarly':
    'エポック {epoch} で早期終了しました: 検証データの損失が {patience} エポックのあいだ改善しませんでした。',
  'run.failed': 'エラーで学習が止まりました: {message}。',
  'run.finished': '全 {epochs} エポックの学習が終わりました。',
  'run.finishedAboveChance':
    '最後のエポック {epochs} で学習が終わりましたが、損失は {loss} で、すべてのクラスを同じ確率で当て推量したときの {chance} より大きく、当て推量より悪い結果です。学習率({lr})が大きすぎるのでしょう。10 分の 1 を試してから、リセットしてください。',
  'run.noEpochs': 'エポック数が 0 なので、学習するものがありません: 学習するには増やしてください。',
  'run.pastLimit':
    'エポック {epoch} の後で止めました: エポック数が {epochs} になったためです。続けるには増やしてください。',
  'run.workerCrashed':
    '学習用のワーカーが予期せず停止しました({message})。実験の設定はそのままです。',
  'run.workerSilent':
    '学習用のワーカーが応答しなくなった({seconds} 秒間何も返さなかった)ため、停止しました。実験の設定はそのままです。',
  'worker.notLoaded': 'ネットワークはまだありません: 実験が読み込まれていません。',
  'worker.replaced': 'その学習は新しい学習に置き換えられました: もう一度試してください。',
  'worker.loading': '新しい学習を読み込んでいます: 準備ができてから、もう一度試してください。',
  'worker.diverged':
    '学習が発散しました: ネットワークの重みはもう数値ではありません。リセットしてやり直してください。',
  'worker.glassSample': 'そのサンプルは学習中のデータにありません: 別のサンプルを選んでください。',
  'worker.glassInput': 'サンプルの値は {given} 個ですが、ネットワークの入力は {features} 個です。',
  'worker.glassLabel':
    '損失をさかのぼるには、サンプルのクラスを選んでください({classes} クラスのどれか)。',
  'notice.editRefused': 'この変更は適用されませんでした: {message}',
  'field.layer': '第 {n} 層',
  'field.needsNumber': '{field}には数値が必要です: {value} のままにしました。',
};
