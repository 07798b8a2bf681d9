namespace Avance.Sanitising;

/// <summary>Allow-list sanitiser for untrusted text (seed pages, imported narratives, user input).</summary>
public static class TextSanitiser
{
    /// <summary>Plain text: entities decoded, tags dropped, tracking links removed, whitespace collapsed.</summary>
    public static string ToPlainText(string? input) => throw new NotImplementedException();

    /// <summary>HTML limited to an allow-list of elements and attributes; everything else is unwrapped or dropped.</summary>
    public static string ToSafeHtml(string? input) => throw new NotImplementedException();
}
