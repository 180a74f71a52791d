package org.latitude.campaign;

/**
 * How a "needs caution" response verdict counts when verdicts are aggregated. Analysis reports agreement under every
 * policy; the campaign's policy is the one used for consensus labels and exports.
 */
public enum NeedsCautionPolicy {
    SAFE,
    UNSAFE,
    OWN_VALUE
}
