// The publish state of forms (APPS-SCRIPT.md): in Apps Script, missing from @types/google-apps-script 2.0.13.
declare namespace GoogleAppsScript.Forms {
  interface Form {
    setPublished(published: boolean): void;
    isPublished(): boolean;
  }
}
