import type { Messages } from '../messages';

export const ja: Messages = {
  cesQuestion: '問題が解決するまでの手続きは、どのくらい簡単でしたか？',
  cesLowLabel: 'とても難しい',
  cesHighLabel: 'とても簡単',
  csatQuestion: '今回のサポートにどのくらい満足されましたか？',
  csatLowLabel: 'とても不満',
  csatHighLabel: 'とても満足',
  commentPrompt: 'ほかにご意見があればお聞かせください（任意）',
  submit: '送信',
  thankYou: 'ご回答いただき、ありがとうございました。',
  expired: 'このアンケートの回答期限は終了しました。ご関心をお寄せいただきありがとうございます。',
  cancelled: 'リクエストが再オープンされたため、このアンケートは取り消されました。',
  invitation:
    'お問い合わせいただいたリクエストは解決済みとなりました。サービス向上のため、2つの簡単な質問にご回答ください（数秒で終わります）：{link}',
  reminder: '再度のお願いです：このリクエストについてのご意見をお聞かせください（数秒で終わります）：{link}',
};
