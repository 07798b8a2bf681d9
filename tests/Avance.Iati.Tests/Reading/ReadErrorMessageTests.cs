using System.Globalization;
using System.Text;
using Avance.Iati.Reading;

namespace Avance.Iati.Tests.Reading;

/// <summary>Read errors explain themselves in English and in Spanish, with their position.</summary>
public sealed class ReadErrorMessageTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-MX");

    public static TheoryData<IatiReadError> Errors => new(Enum.GetValues<IatiReadError>());

    [Theory]
    [MemberData(nameof(Errors))]
    public void Every_error_has_a_translated_message_with_its_position_and_detail(IatiReadError error)
    {
        var exception = new IatiReadException(error, 12, 34, "DETAIL");

        var english = exception.GetMessage(English);
        var spanish = exception.GetMessage(Spanish);

        Assert.StartsWith("Line 12, column 34: ", english);
        Assert.StartsWith("Línea 12, columna 34: ", spanish);
        Assert.NotEqual(english["Line 12, column 34: ".Length..], spanish["Línea 12, columna 34: ".Length..]);
        if (error != IatiReadError.MissingVersion)
        {
            Assert.Contains("DETAIL", english);
            Assert.Contains("DETAIL", spanish);
        }
    }

    [Fact]
    public void Message_of_a_real_failure_follows_the_current_UI_culture()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Spanish;
            var failure = Assert.Throws<IatiReadException>(() =>
                IatiActivityReader.Open(new MemoryStream(Encoding.UTF8.GetBytes("<iati-organisations version=\"2.03\"/>"))));

            Assert.Equal(
                "Línea 1, columna 2: el elemento raíz es <iati-organisations>, no <iati-activities>: no es un archivo de actividades IATI.",
                failure.Message);
            Assert.Equal(
                "Line 1, column 2: the root element is <iati-organisations>, not <iati-activities>: this is not an IATI activity file.",
                failure.GetMessage(English));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
