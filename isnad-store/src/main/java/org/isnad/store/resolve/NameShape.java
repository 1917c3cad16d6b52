package org.isnad.store.resolve;

/** What a name is made of, which decides how much one name alone says about identity. */
public enum NameShape {
    /** an organization head used alone («التنظيم», «الجماعة»): an anaphor, never matched across documents */
    GENERIC,
    /** one word («البغدادي», «ياسر», «أنصار»): a short form, needs supporting context */
    ONE_WORD,
    /** a kunya with nothing after it («أبو محمد»): thousands of people, needs supporting context */
    BARE_KUNYA,
    /** a kunya with a nisba or more («أبو حفص الموصلي») */
    KUNYA_NISBA,
    /** a name of two words or more that is none of the above («ياسر عبد الرحمن الجبوري», «رايات التوحيد») */
    FULL;

    /** Shapes that alone never join two documents' entities. */
    public boolean weak() { return this == ONE_WORD || this == BARE_KUNYA || this == GENERIC; }
}
