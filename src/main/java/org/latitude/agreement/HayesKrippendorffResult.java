package org.latitude.agreement;

/**
 * α with its Hayes &amp; Krippendorff (2007) bootstrap distribution.
 *
 * @param alpha            the point estimate
 * @param interval         percentile interval of the α* replicates
 * @param draws            M, pairs drawn per replicate
 * @param probabilityBelow0667 q(α &lt; 0.667): share of replicates below Krippendorff's (2004) tentative threshold
 * @param probabilityBelow0800 q(α &lt; 0.800): share below the threshold for relying on a variable
 */
public record HayesKrippendorffResult(AlphaResult alpha, ConfidenceInterval interval, int draws,
                                      double probabilityBelow0667, double probabilityBelow0800) {
}
