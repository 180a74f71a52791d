/**
 * The discretion command's files and the {@code Measure} rows of a discretion result, shared with the web analysis
 * (module analysis) so both report the same rows.
 */
@NamedInterface("discretion")
package org.latitude.cli.discretion;

import org.springframework.modulith.NamedInterface;
