using Avance.Tests.Infrastructure;
using Avance.Web;

namespace Avance.Tests.Web;

public sealed class FormatTests
{
    [Theory]
    [InlineData("en", 42.7, "42.7")]
    [InlineData("es", 42.7, "42,7")]
    [InlineData("en", 1500, "1,500")]
    [InlineData("es", 1234.56, "1.234,56")]
    [InlineData("en", 0.124, "0.12")]
    public void A_number_shows_the_decimals_it_has_up_to_two(string language, double value, string shown)
    {
        using var _ = new ReaderCulture(language);

        Assert.Equal(shown, Format.Number((decimal)value));
    }

    [Theory]
    [InlineData("en", 26853.5, "$26,853.50")]
    [InlineData("es", 26853.5, "US$26.853,50")]
    [InlineData("en", 26853, "$26,853")]
    [InlineData("es", 26853, "US$26.853")]
    [InlineData("en", -1200, "$-1,200")]
    [InlineData("en", 0, "$0")]
    public void Money_keeps_whole_cents(string language, double amount, string shown)
    {
        using var _ = new ReaderCulture(language);

        Assert.Equal(shown, Format.Money((decimal)amount, "USD"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Whole_amounts_read_as_the_decimal_itself_would_write_them(string language)
    {
        using var _ = new ReaderCulture(language);
        decimal[] amounts = [0m, 1m, 999m, 1000m, 26853.00m, -5000m, 123456789012m, 9_000_000_000_000_000_000m, -0.0m];

        foreach (var amount in amounts)
            Assert.EndsWith(amount.ToString("N0", System.Globalization.CultureInfo.CurrentCulture), Format.Money(amount, "EUR"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Whole_numbers_read_as_the_decimal_itself_would_write_them(string language)
    {
        using var _ = new ReaderCulture(language);
        decimal[] values = [0m, 7m, 1500m, 42.00m, -3200m, 123456789012m, 9_000_000_000_000_000_000m, -0.0m];

        foreach (var value in values)
            Assert.Equal(value.ToString("#,##0.##", System.Globalization.CultureInfo.CurrentCulture), Format.Number(value));
    }
}
