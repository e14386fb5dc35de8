namespace Timeline.Extraction.Actors;

/// <summary>The classes of general named-entity recognition (as in GermEval 2014, countries are locations).</summary>
public enum NamedEntityClass
{
    Person,
    Location,
    Organization,
}
