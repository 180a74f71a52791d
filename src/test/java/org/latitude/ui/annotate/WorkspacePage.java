package org.latitude.ui.annotate;

import com.microsoft.playwright.Page;

/** Reads and drives the annotation workspace in a real browser, with the keyboard only. */
final class WorkspacePage {

    private final Page page;

    WorkspacePage(Page page) {
        this.page = page;
    }

    /** Waits until an item is rendered and keyboard focus is in the form, then returns the item's id. */
    long awaitItem() {
        page.waitForSelector("#transcript[data-item-id]");
        awaitFocus("#verdict-area");
        return Long.parseLong(page.getAttribute("#transcript", "data-item-id"));
    }

    /** Presses Ctrl+Enter and waits until another item (or the end) is rendered; returns the next item id or -1. */
    long submitAndAwaitNext(long shownItem) {
        page.keyboard().press("Control+Enter");
        page.waitForFunction("id => { const t = document.querySelector('#transcript'); "
                + "const f = document.querySelector('#finished'); "
                + "return (f && !f.hidden && f.offsetParent !== null) "
                + "|| (t && t.dataset.itemId && t.dataset.itemId !== id && t.offsetParent !== null); }",
                String.valueOf(shownItem));
        if (page.locator("#finished").isVisible()) {
            return -1;
        }
        return awaitItem();
    }

    /** Waits until an item other than {@code shownItem} is rendered (after a key that moves on); returns its id. */
    long awaitOther(long shownItem) {
        page.waitForFunction("id => { const t = document.querySelector('#transcript'); "
                + "return t && t.dataset.itemId && t.dataset.itemId !== id && t.offsetParent !== null; }",
                String.valueOf(shownItem));
        return awaitItem();
    }

    void keys(String... keys) {
        for (String k : keys) {
            page.keyboard().press(k);
        }
    }

    /** Types text into whatever has focus (the rationale, the search), waiting first until {@code selector} has it. */
    void typeInto(String selector, String text) {
        awaitFocus(selector);
        page.keyboard().type(text);
    }

    void awaitFocus(String selector) {
        page.waitForFunction("sel => document.activeElement && document.activeElement.closest(sel) !== null",
                selector);
    }

    String leftResponse() {
        return page.locator("#pair-left .turn-content").textContent();
    }
}
