using System.Globalization;

namespace Avance.Tests.Infrastructure;

/// <summary>The reader's language as a request sets it, culture and interface culture, until disposed.</summary>
public sealed class ReaderCulture : IDisposable
{
    private readonly (CultureInfo, CultureInfo) previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public ReaderCulture(string language) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
}
