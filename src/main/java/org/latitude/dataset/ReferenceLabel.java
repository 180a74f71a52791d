package org.latitude.dataset;

/**
 * One label of a reference judgment that came with the source file (e.g. Aegis 2.0's own {@code prompt_label}, or
 * PKU-SafeRLHF's {@code better_response}). It is not an annotation, and annotators must never see it; the judge and
 * analysis modules and the workspace's content notice may read it.
 *
 * @param judgment who judged: {@code aegis-2.0}, {@code pku-saferlhf} or {@code hh-rlhf}
 * @param field    what was judged, e.g. {@code prompt_label}, {@code category}, {@code preferred}
 * @param value    the label, e.g. {@code unsafe}, a taxonomy category key such as {@code violence}, or {@code A}
 */
public record ReferenceLabel(String judgment, String field, String value) {
}
