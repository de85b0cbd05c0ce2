// Links opened in an open page (the question before one replaces unsaved changes), and the
// page embedded in a course page.

export const links = {
  // A link pasted into the address bar of an open page (ui/links).
  'link.replace.title': 'Open the link?',
  'link.replace.text':
    "The link's experiment replaces the one on show, which has changes not saved as a link. The browser's Back button brings them back.",
  'link.replace.keep': 'Keep my experiment',
  'link.replace.open': 'Open the link',
  'notice.pastedLinkFailed':
    "The link's experiment could not be opened: {message}. Your experiment stays as it was.",
  // Embedding in a course page (ui/embed, and the Share for class dialog).
  'embed.open': 'Open in Descent',
  'embed.newTab': '(opens in a new tab)',
  'embed.legend': 'Embed in a course page',
  'embed.view': 'View to show',
  'embed.code': 'Code for the course page',
  'embed.copy': 'Copy the code',
  'embed.copied': 'Code copied',
  'embed.frameTitle': 'Descent: {view}',
};
