using System.IO.Compression;

namespace Avance.Features.Evidence;

/// <summary>
/// The kinds of file accepted as evidence, by extension, each confirmed by what the file's bytes begin with: a
/// renamed program or a spreadsheet posing as a document is refused whatever its name says.
/// </summary>
internal static class EvidenceTypes
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".csv"] = "text/csv",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
    };

    private const int TextSample = 64 * 1024;

    public static IEnumerable<string> Extensions => ContentTypes.Keys;

    public static string? ContentType(string extension) => ContentTypes.GetValueOrDefault(extension);

    /// <summary>Whether the file at <paramref name="path"/> really is what <paramref name="extension"/> says.</summary>
    public static bool Confirms(string extension, string path)
    {
        using var file = File.OpenRead(path);
        return extension.ToLowerInvariant() switch
        {
            ".pdf" => StartsWith(file, "%PDF-"u8),
            ".png" => StartsWith(file, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            ".jpg" or ".jpeg" => StartsWith(file, [0xFF, 0xD8, 0xFF]),
            ".docx" => IsPackageWith(file, "word/document.xml"),
            ".xlsx" => IsPackageWith(file, "xl/workbook.xml"),
            ".csv" => IsText(file),
            _ => false,
        };
    }

    private static bool StartsWith(Stream file, ReadOnlySpan<byte> signature)
    {
        Span<byte> start = stackalloc byte[signature.Length];
        return file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.SequenceEqual(signature);
    }

    /// <summary>Word and Excel files are zip packages; which part they hold tells one from the other.</summary>
    private static bool IsPackageWith(Stream file, string part)
    {
        if (!StartsWith(file, "PK\u0003\u0004"u8)) return false;
        file.Position = 0;
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry(part) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Text in any common encoding: no control characters other than tab and line ends in its first 64 KB.</summary>
    private static bool IsText(Stream file)
    {
        var sample = new byte[TextSample];
        var read = file.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        return read > 0 && sample.AsSpan(0, read).IndexOfAnyInRange((byte)0, (byte)8) < 0
               && sample.AsSpan(0, read).IndexOfAnyInRange((byte)14, (byte)31) < 0
               && sample.AsSpan(0, read).IndexOfAny((byte)11, (byte)12) < 0;
    }
}
