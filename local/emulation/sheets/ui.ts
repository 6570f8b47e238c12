/** The spreadsheet's UI (menus, alerts, prompts, dialogs, sidebars) and HtmlService. */
import { GasError, Svc } from "../runtime";
import type { World } from "../world";

export class MenuSvc extends Svc {
  readonly _cls = "Menu";
  readonly _svc = "SpreadsheetApp";
  override readonly _builder = true;
  readonly _items: { label: string; fn: string }[] = [];
  constructor(
    private readonly _w: World,
    private readonly _title: string,
  ) {
    super();
  }
  addItem(label: string, fn: string): MenuSvc {
    this._items.push({ label: String(label), fn: String(fn) });
    return this;
  }
  addSeparator(): MenuSvc {
    return this;
  }
  addSubMenu(menu: MenuSvc): MenuSvc {
    this._items.push(...menu._items);
    return this;
  }
  addToUi(): void {
    this._w.menus = this._w.menus.filter((m) => m.title !== this._title);
    this._w.menus.push({ title: this._title, items: [...this._items] });
  }
}

export class UiSvc extends Svc {
  readonly _cls = "Ui";
  readonly _svc = "SpreadsheetApp";
  readonly Button = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" };
  readonly ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO", YES_NO_CANCEL: "YES_NO_CANCEL" };
  constructor(private readonly _w: World) {
    super();
  }
  createMenu(title: string): MenuSvc {
    return new MenuSvc(this._w, String(title));
  }
  createAddonMenu(): MenuSvc {
    return new MenuSvc(this._w, "Add-on");
  }
  private _needsUser(): void {
    if (this._w.exec().kind === "simple") {
      throw new GasError("You do not have permission to call Ui.alert. This action needs an authorised run.");
    }
  }
  alert(a: string, b?: string, c?: string): string {
    this._needsUser();
    const titled = typeof b === "string" && c !== undefined;
    const title = titled ? String(a) : "";
    const message = titled ? String(b) : String(a);
    const buttons = titled ? String(c) : typeof b === "string" ? b : "OK";
    const answer = this._w.nextUiAnswer("alert")?.button ?? (buttons.startsWith("YES") ? "YES" : "OK");
    this._w.uiLog.push({
      kind: "alert",
      title,
      message,
      buttons,
      answer,
      time: this._w.now(),
      execution: this._w.exec().record.id,
    });
    return answer;
  }
  prompt(a: string, b?: string, c?: string): PromptResponseSvc {
    this._needsUser();
    const titled = typeof b === "string" && c !== undefined;
    const title = titled ? String(a) : "";
    const message = titled ? String(b) : String(a);
    const buttons = titled ? String(c) : typeof b === "string" ? b : "OK";
    const ans = this._w.nextUiAnswer("prompt") ?? { button: "OK", text: "" };
    this._w.uiLog.push({
      kind: "prompt",
      title,
      message,
      buttons,
      answer: ans.text ?? "",
      time: this._w.now(),
      execution: this._w.exec().record.id,
    });
    return new PromptResponseSvc(ans.button, ans.text ?? "");
  }
  private _show(kind: "dialog" | "sidebar", html: HtmlOutputSvc, title?: string): void {
    this._needsUser();
    this._w.uiLog.push({
      kind,
      title: String(title ?? html._title),
      message: "",
      html: html._content,
      time: this._w.now(),
      execution: this._w.exec().record.id,
    });
  }
  showModalDialog(html: HtmlOutputSvc, title: string): void {
    this._show("dialog", html, title);
  }
  showModelessDialog(html: HtmlOutputSvc, title: string): void {
    this._show("dialog", html, title);
  }
  showSidebar(html: HtmlOutputSvc): void {
    this._show("sidebar", html);
  }
}

export class PromptResponseSvc extends Svc {
  readonly _cls = "PromptResponse";
  readonly _svc = "SpreadsheetApp";
  constructor(
    private readonly _button: string,
    private readonly _text: string,
  ) {
    super();
  }
  getSelectedButton(): string {
    return this._button;
  }
  getResponseText(): string {
    return this._text;
  }
}

export class HtmlServiceSvc extends Svc {
  readonly _cls = "HtmlService";
  readonly _svc = "HtmlService";
  readonly SandboxMode = { IFRAME: "IFRAME", NATIVE: "NATIVE", EMULATED: "EMULATED" };
  constructor(private readonly _w: World) {
    super();
  }
  createHtmlOutput(html?: string): HtmlOutputSvc {
    return new HtmlOutputSvc(html === undefined ? "" : String(html));
  }
  createHtmlOutputFromFile(name: string): HtmlOutputSvc {
    const html = this._w.htmlFile(String(name));
    if (html === undefined) throw new GasError(`No HTML file named ${name} was found.`);
    return new HtmlOutputSvc(html);
  }
}

export class HtmlOutputSvc extends Svc {
  readonly _cls = "HtmlOutput";
  readonly _svc = "HtmlService";
  override readonly _builder = true;
  _title = "";
  _width = 600;
  _height = 400;
  constructor(public _content: string) {
    super();
  }
  setContent(html: string): HtmlOutputSvc {
    this._content = String(html);
    return this;
  }
  append(html: string): HtmlOutputSvc {
    this._content += String(html);
    return this;
  }
  getContent(): string {
    return this._content;
  }
  setTitle(t: string): HtmlOutputSvc {
    this._title = String(t);
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(w: number): HtmlOutputSvc {
    this._width = w;
    return this;
  }
  setHeight(h: number): HtmlOutputSvc {
    this._height = h;
    return this;
  }
  setSandboxMode(): HtmlOutputSvc {
    return this;
  }
  /** Meta tags Google puts in the page around a web app's sandbox (its own <meta viewport> is not seen). */
  _meta: Record<string, string> = {};
  addMetaTag(name: string, content: string): HtmlOutputSvc {
    this._meta[String(name)] = String(content);
    return this;
  }
  setXFrameOptionsMode(): HtmlOutputSvc {
    return this;
  }
}
