// Links opened in an open page, and the page embedded in a course page.

import type { links as enLinks } from '../en/links';

export const links: Record<keyof typeof enLinks, string> = {
  // 開いているページのアドレスバーに貼られたリンク。
  'link.replace.title': 'リンクを開きますか?',
  'link.replace.text':
    'リンクの実験が、表示中の実験と置き換わります。表示中の実験には、リンクとして保存していない変更があります。ブラウザの「戻る」で元に戻せます。',
  'link.replace.keep': '今の実験のままにする',
  'link.replace.open': 'リンクを開く',
  'notice.pastedLinkFailed': 'リンクの実験を開けませんでした: {message}。今の実験はそのままです。',
  // 授業のページへの埋め込み。
  'embed.open': 'Descent で開く',
  'embed.newTab': '(新しいタブで開きます)',
  'embed.legend': '授業のページに埋め込む',
  'embed.view': '表示するビュー',
  'embed.code': '授業のページに貼るコード',
  'embed.copy': 'コードをコピー',
  'embed.copied': 'コードをコピーしました',
  'embed.frameTitle': 'Descent: {view}',
};
