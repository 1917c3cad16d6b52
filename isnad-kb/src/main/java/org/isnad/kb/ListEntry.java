package org.isnad.kb;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a sanctions list: a listed individual or entity with every name the list gives it.
 *
 * @param ref           the list's reference number (QDi.299, QDe.115)
 * @param kind          individual or entity
 * @param list          the list it is on, as shown to users ("UN ISIL/AQ")
 * @param name          the listed name (for individuals FIRST..FOURTH_NAME joined)
 * @param original      the name in its original script as the list gives it, or null
 * @param names         every name: the listed name, the original script, aliases, names inside alias notes
 * @param listedOn      ISO date of listing, or null
 * @param born          dates or years of birth as ISO prefixes (several when the list gives alternatives)
 * @param nationalities nationalities as the list writes them
 * @param comments      the list's narrative comment, or null
 */
public record ListEntry(String ref, Kind kind, String list, String name, String original, List<ListName> names,
                        String listedOn, List<String> born, List<String> nationalities, String comments) {
    public enum Kind { INDIVIDUAL, ENTITY }

    public ListEntry {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        born = List.copyOf(born);
        nationalities = List.copyOf(nationalities);
    }
}
