package org.latitude.judge;

/** A discrete pairwise answer in item terms. */
public enum PairPreference {
    A, B, TIE
}
