namespace Avance.Iati.Reading;

/// <summary>Why a file could not be read. Each name is also the key of its message in Resources/Reading.resx.</summary>
public enum IatiReadError
{
    /// <summary>Not XML, truncated, a DTD or entity, or bytes that do not match the declared encoding.</summary>
    MalformedXml,

    /// <summary>Well-formed XML whose root is not <c>iati-activities</c>.</summary>
    NotAnActivityFile,

    /// <summary>The root has no <c>version</c> attribute.</summary>
    MissingVersion,

    /// <summary>The root's version is not 2.01, 2.02 or 2.03.</summary>
    UnsupportedVersion,

    /// <summary>A narrative is longer than <see cref="IatiReaderOptions.MaxNarrativeLength"/>.</summary>
    NarrativeTooLong,

    /// <summary>Elements nest deeper than <see cref="IatiReaderOptions.MaxDepth"/>.</summary>
    TooDeep,
}
