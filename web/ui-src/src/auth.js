// Signing in on servers with access control: the top bar shows who the
// requests act as (GET auth/whoami); a 401 from the server opens the
// sign-in dialog, which keeps the API key or token for the session and
// reloads the workspace (the URL keeps the view).
import { whoami, setAuthToken, authToken, authRequired, GqlError } from "./api.js";
import { errorText } from "./ui.js";

export class Auth {
  constructor() {
    const $ = (id) => document.getElementById(id);
    this.$ = $;
    this.user = null;
    this.asked = false;
    $("btn-user").addEventListener("click", () => this.open(""));
    $("auth-signout").addEventListener("click", () => { setAuthToken(""); location.reload(); });
    $("auth-form").addEventListener("submit", (e) => { e.preventDefault(); this.signIn(); });
    authRequired.add((why) => { if (!this.asked) this.open(why); });
  }

  // check reads who the server says we are and shows it.
  async check() {
    try {
      this.user = await whoami();
      this.show();
    } catch (err) {
      if (err instanceof GqlError && (err.status === 401 || err.status === 403)) this.open(err.message);
    }
  }

  show() {
    const b = this.$("btn-user");
    if (!this.user) { b.hidden = true; return; }
    b.hidden = false;
    b.textContent = this.user.devMode ? `${this.user.role} (dev mode)` : `${this.user.id} · ${this.user.role}`;
    b.title = this.user.devMode ? "No credentials configured: local requests act as an administrator" : "Signed in; click to sign out or switch";
  }

  open(why) {
    this.asked = true;
    const d = this.$("dlg-auth");
    this.$("auth-why").textContent = why ? `The server says: ${why}` : "";
    this.$("auth-msg").textContent = "";
    this.$("auth-signout").hidden = !authToken();
    if (!d.open) d.showModal();
    this.$("auth-token").focus();
  }

  async signIn() {
    const token = this.$("auth-token").value.trim();
    const msg = this.$("auth-msg");
    if (!token) return;
    setAuthToken(token);
    try {
      await whoami();
      this.$("dlg-auth").close();
      location.reload();
    } catch (err) {
      setAuthToken("");
      msg.textContent = `Not accepted: ${errorText(err)}`;
      msg.className = "form-msg error";
    }
  }
}
