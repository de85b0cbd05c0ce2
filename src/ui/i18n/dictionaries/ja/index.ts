// 日本語。キーは英語の辞書と同じで、{プレースホルダ} も同じものを使う(テストで確認)。
// 用語は日本の教科書(『ゼロから作るDeep Learning』など)の慣例に合わせる: 学習率、重み減衰、
// 重みの初期値、活性化関数、勾配、損失、正解率、訓練データ、検証データ、バッチ正規化、混同行列。
// 英語と同じく、ページの領域ごとに 1 ファイル。
import type { Messages } from '../en';
import { catalog } from './catalog';
import { classic } from './classic';
import { clustering } from './clustering';
import { coach } from './coach';
import { compare } from './compare';
import { formulas } from './formulas';
import { glass } from './glass';
import { links } from './links';
import { page } from './page';
import { pictures } from './pictures';
import { playground } from './playground';
import { race } from './race';
import { refusals } from './refusals';

export const ja: { name: string; messages: Messages & Record<string, string> } = {
  name: '日本語',
  messages: {
    ...page,
    ...playground,
    ...pictures,
    ...race,
    ...compare,
    ...refusals,
    ...links,
    ...glass,
    ...formulas,
    ...coach,
    ...classic,
    ...clustering,
    ...catalog,
  },
};
