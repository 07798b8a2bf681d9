using System.Globalization;
using Avance.Web;

namespace Avance.Features.Evidence;

/// <summary>What an upload form tells people (and their browser) about the files it takes.</summary>
public static class EvidenceFormats
{
    /// <summary>For the file input's accept attribute.</summary>
    public static string Accept => string.Join(',', EvidenceTypes.Extensions);

    /// <summary>"PDF, Word, Excel, CSV, PNG or JPEG, up to 10 MB" in the page's language.</summary>
    public static string Describe(long maxBytes) =>
        UiText.Get("Evidence_Formats", CultureInfo.CurrentUICulture).Replace("{0}", Megabytes(maxBytes), StringComparison.Ordinal);

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Format(CultureInfo.CurrentCulture, "{0:N0} KB", Math.Max(1, bytes / 1024))
        : Megabytes(bytes) + " MB";

    private static string Megabytes(long bytes) => (bytes / (1024m * 1024m)).ToString("0.#", CultureInfo.CurrentCulture);
}
