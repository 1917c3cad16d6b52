package org.isnad.core.model;

import java.util.List;

/**
 * An event of a document.
 *
 * @param type       EXPULSION, DEFECTION, DEATH, APPOINTMENT, LAUNCH, CESSATION, ARREST, ATTACK, MERGER, STATEMENT, PUBLICATION
 * @param arguments  roles filled by entities
 * @param time       when it happened, or null
 * @param location   entity id of the place, or null
 * @param trigger    the word that states it (original offsets)
 * @param evidence   the sentence that states it
 * @param source     entity id of the claimant, or null
 * @param confidence 0..1
 */
public record Event(String type, List<Argument> arguments, TimeValue time, String location, Span trigger, Span evidence,
                    String source, double confidence) {}
