package org.isnad.core.model;

public enum EntityType { PERSON, ORGANIZATION, LOCATION }
