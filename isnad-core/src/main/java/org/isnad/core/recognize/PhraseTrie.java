package org.isnad.core.recognize;

import java.util.HashMap;
import java.util.Map;

/** Multi-word phrases keyed by folded words, for longest-match lookup over tokens. Immutable after build. */
final class PhraseTrie<V> {
    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        V value;
    }

    private final Node<V> root = new Node<>();

    /** Adds a phrase (already folded, words separated by single spaces). The first value added wins. */
    void put(String phrase, V value) {
        Node<V> node = root;
        for (String word : phrase.split(" ")) {
            if (word.isEmpty()) continue;
            node = node.next.computeIfAbsent(word, w -> new Node<>());
        }
        if (node != root && node.value == null) node.value = value;
    }

    V get(String phrase) {
        Node<V> node = root;
        for (String word : phrase.split(" ")) {
            node = node.next.get(word);
            if (node == null) return null;
        }
        return node.value;
    }

    /** The child node map for the first word, or null: lets callers walk tokens without building strings. */
    Object start(String word) { return root.next.get(word); }

    @SuppressWarnings("unchecked")
    Object step(Object node, String word) { return ((Node<V>) node).next.get(word); }

    @SuppressWarnings("unchecked")
    V valueAt(Object node) { return ((Node<V>) node).value; }
}
