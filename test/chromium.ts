/**
 * Headless Chromium driven over the DevTools protocol, for the tests that
 * check what a page shows: `--remote-debugging-pipe` (commands on fd 3,
 * answers and events on fd 4, each message JSON ended by a NUL byte), so
 * no port, no WebSocket and no dependency. Each browser gets its own
 * temporary profile and is killed, with its child processes, when it is
 * closed or a command times out.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Readable, Writable } from "node:stream";

export interface BrowserOptions {
  /** The viewport, which screenshots also have. */
  width?: number;
  height?: number;
  /** How long one command may take, in milliseconds. */
  timeout?: number;
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

/** One page in a headless Chromium. */
export class HeadlessPage {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  private readonly listeners: ((m: Message) => void)[] = [];
  private sessionId = "";
  private stderr = "";
  private exited = false;

  private constructor(
    private readonly process: ChildProcess,
    private readonly profile: string,
    private readonly timeout: number,
  ) {
    // A write after the browser is gone must not throw from the pipe.
    (process.stdio[3] as Writable).on("error", () => {});
    const input = process.stdio[4] as Readable;
    let buffered = "";
    input.setEncoding("utf8");
    input.on("data", (text: string) => {
      buffered += text;
      let end: number;
      while ((end = buffered.indexOf("\0")) >= 0) {
        const message = JSON.parse(buffered.slice(0, end)) as Message;
        buffered = buffered.slice(end + 1);
        this.dispatch(message);
      }
    });
    (process.stderr as Readable).on("data", (chunk: Buffer) => {
      if (this.stderr.length < 20_000) this.stderr += chunk.toString("utf8");
    });
    process.on("exit", () => {
      this.exited = true;
      for (const [, w] of this.waiting) w.reject(new Error(`chromium exited: ${this.stderr.slice(-2000)}`));
      this.waiting.clear();
    });
  }

  /** Starts Chromium (`command`, headless, no sandbox: tests often run as root) with one blank page. */
  static async launch(command: string, options: BrowserOptions = {}): Promise<HeadlessPage> {
    const profile = mkdtempSync(join(tmpdir(), "dslint-chromium-"));
    const width = options.width ?? 1280;
    const height = options.height ?? 900;
    const child = spawn(
      command,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--remote-debugging-pipe",
        `--user-data-dir=${profile}`,
        `--window-size=${width},${height}`,
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-sync",
        "--mute-audio",
        "about:blank",
      ],
      // A process group of its own, so that closing kills its renderer and helper processes too.
      { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"], detached: true },
    );
    const page = new HeadlessPage(child, profile, options.timeout ?? 15_000);
    try {
      const { targetInfos } = (await page.send("Target.getTargets")) as { targetInfos: { targetId: string; type: string }[] };
      const target = targetInfos.find((t) => t.type === "page");
      const targetId = target ? target.targetId : ((await page.send("Target.createTarget", { url: "about:blank" })) as { targetId: string }).targetId;
      page.sessionId = ((await page.send("Target.attachToTarget", { targetId, flatten: true })) as { sessionId: string }).sessionId;
      await page.send("Page.enable");
      await page.send("Runtime.enable");
      await page.send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile: false });
    } catch (error) {
      await page.close();
      throw error;
    }
    return page;
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined) {
      const w = this.waiting.get(message.id);
      if (!w) return;
      this.waiting.delete(message.id);
      clearTimeout(w.timer);
      if (message.error) w.reject(new Error(message.error.message));
      else w.resolve(message);
      return;
    }
    for (const listener of [...this.listeners]) listener(message);
  }

  /** Sends a command (to the page once attached) and waits for its answer; kills the browser when it takes too long. */
  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    if (this.exited) return Promise.reject(new Error(`chromium has exited: ${this.stderr.slice(-2000)}`));
    const id = this.nextId++;
    const message: Message = { id, method, params };
    if (this.sessionId !== "" && !method.startsWith("Target.") && !method.startsWith("Browser.")) message.sessionId = this.sessionId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        this.kill();
        reject(new Error(`chromium did not answer ${method} within ${this.timeout} ms`));
      }, this.timeout);
      this.waiting.set(id, { resolve: (m) => resolve(m.result ?? {}), reject, timer });
      (this.process.stdio[3] as Writable).write(`${JSON.stringify(message)}\0`);
    });
  }

  private event(method: string): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        remove();
        reject(new Error(`no ${method} within ${this.timeout} ms`));
      }, this.timeout);
      const listener = (m: Message): void => {
        if (m.method !== method) return;
        remove();
        resolve(m);
      };
      const remove = (): void => {
        clearTimeout(timer);
        const i = this.listeners.indexOf(listener);
        if (i >= 0) this.listeners.splice(i, 1);
      };
      this.listeners.push(listener);
    });
  }

  /** Opens a local file and waits until it has loaded. */
  async open(file: string): Promise<void> {
    const loaded = this.event("Page.loadEventFired");
    const { errorText } = (await this.send("Page.navigate", { url: pathToFileURL(file).href })) as { errorText?: string };
    if (errorText) throw new Error(`could not open ${file}: ${errorText}`);
    await loaded;
  }

  /** The value of a JavaScript expression evaluated in the page (JSON-serialisable). */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = (await this.send("Runtime.evaluate", { expression, returnByValue: true })) as {
      result: { value?: T };
      exceptionDetails?: { exception?: { description?: string }; text: string };
    };
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  /** Clicks at the middle of the first element `selector` matches, as a user's mouse would. */
  async click(selector: string): Promise<void> {
    const box = await this.evaluate<{ x: number; y: number } | null>(
      `(() => { const e = document.querySelector(${JSON.stringify(selector)}); if (!e) return null; e.scrollIntoView({block: "center"}); const r = e.getBoundingClientRect(); return {x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2}; })()`,
    );
    if (!box) throw new Error(`nothing matches ${selector}`);
    for (const type of ["mousePressed", "mouseReleased"]) await this.send("Input.dispatchMouseEvent", { type, x: box.x, y: box.y, button: "left", clickCount: 1 });
  }

  /** A PNG of the whole page (up to `maxHeight` pixels), written to `file`. */
  async screenshot(file: string, maxHeight = 4000): Promise<void> {
    const { cssContentSize } = (await this.send("Page.getLayoutMetrics")) as { cssContentSize: { width: number; height: number } };
    const clip = { x: 0, y: 0, width: Math.ceil(cssContentSize.width), height: Math.min(Math.ceil(cssContentSize.height), maxHeight), scale: 1 };
    const { data } = (await this.send("Page.captureScreenshot", { format: "png", clip, captureBeyondViewport: true })) as { data: string };
    writeFileSync(file, Buffer.from(data, "base64"));
  }

  private kill(): void {
    if (this.exited || this.process.pid === undefined) return;
    try {
      process.kill(-this.process.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }

  /** Closes the browser (killing it if it does not exit within a few seconds) and removes its profile. */
  async close(): Promise<void> {
    if (!this.exited) {
      const exited = new Promise<void>((resolve) => this.process.once("exit", () => resolve()));
      (this.process.stdio[3] as Writable).write(`${JSON.stringify({ id: this.nextId++, method: "Browser.close" })}\0`);
      const timer = setTimeout(() => this.kill(), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.profile, { recursive: true, force: true });
  }
}
