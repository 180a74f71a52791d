package org.latitude.judge;

/** A model's verdict on a prompt (safe / unsafe) or a response (safe / unsafe / needs caution). */
public enum SafetyVerdict {
    SAFE, UNSAFE, NEEDS_CAUTION
}
