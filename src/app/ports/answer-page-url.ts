/** Where the one-click answer page is served: the web trigger's URL for this installation. */
export interface AnswerPageUrl {
  get(): Promise<string>;
}
