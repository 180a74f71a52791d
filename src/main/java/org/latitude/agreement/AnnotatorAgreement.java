package org.latitude.agreement;

/**
 * One human's agreement with the majority of the other humans (leave-one-out), on the units they rated where the
 * others have a majority.
 */
public record AnnotatorAgreement(String annotator, Coefficient kappaVsOthers, int units) {
}
