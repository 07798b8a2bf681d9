using System.Globalization;
using Avance.Features.Accounts;

namespace Avance.Features.Interchange.Import;

/// <summary>A file to import: where it is on disk, the name to show, the mode, the report's language and who asked.</summary>
public sealed record ImportRequest(string Path, string FileName, bool Lenient, CultureInfo Culture, Caller? Caller);

/// <summary>How far an import has got through the file's bytes.</summary>
public sealed record ImportProgress(long BytesRead, long TotalBytes)
{
    public int Percent => TotalBytes == 0 ? 100 : (int)(BytesRead * 100 / TotalBytes);
}
