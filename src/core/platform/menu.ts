import type { Strings } from "../text/strings";

/** One item of the BerAKHLAK menu: the label's key in the strings module and the entry point it calls. */
export interface MenuItem {
  readonly label: keyof Strings;
  readonly fn: string;
}

/** The menu, top to bottom; `null` is a separator. Every `fn` is an entry point named in main.ts. */
export const MENU: readonly (MenuItem | null)[] = [
  { label: "menuSetup", fn: "menuSetup" },
  { label: "menuUpdateForm", fn: "menuUpdateForm" },
  { label: "menuRecompute", fn: "menuRecompute" },
  { label: "menuDashboard", fn: "menuDashboard" },
  { label: "menuPublish", fn: "menuPublish" },
  { label: "menuReport", fn: "menuReport" },
  null,
  { label: "menuPreviewReminders", fn: "menuPreviewReminders" },
  { label: "menuSendReminders", fn: "menuSendReminders" },
  { label: "menuKit", fn: "menuKit" },
  null,
  { label: "menuHealth", fn: "menuHealth" },
  { label: "menuPlatform", fn: "menuPlatform" },
  null,
  { label: "menuHelp", fn: "menuHelp" },
];
