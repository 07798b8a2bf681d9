using Avance.Iati.Codes;

namespace Avance.Iati.Tests.Codes;

public class IatiCodelistsTests
{
    private readonly IatiCodelists _codelists = IatiCodelists.Embedded;

    [Fact]
    public void All_seventy_codelists_are_embedded() =>
        Assert.Equal(70, _codelists.Names.Count);

    [Fact]
    public void Every_embedded_codelist_loads_with_codes_under_its_own_name()
    {
        foreach (var name in _codelists.Names)
        {
            var codelist = _codelists.Get(name);
            Assert.NotNull(codelist);
            Assert.Equal(name, codelist.Name);
            Assert.NotEmpty(codelist.Items);
        }
    }

    [Theory]
    [InlineData("Sector", 325)]
    [InlineData("UNSDG-Goals", 17)]
    [InlineData("UNSDG-Targets", 169)]
    [InlineData("IndicatorMeasure", 5)]
    public void Codelists_hold_every_item_of_their_file(string list, int count) =>
        Assert.Equal(count, _codelists.Get(list)!.Items.Count);

    [Theory]
    [InlineData("Sector", "15170", "en", "Women's rights organisations and movements, and government institutions")]
    [InlineData("Sector", "15170", "fr", "Organisations et mouvements de défense des droits des femmes et institutions gouvernementales")]
    [InlineData("UNSDG-Goals", "5", "en", "Goal 5. Achieve gender equality and empower all women and girls")]
    [InlineData("UNSDG-Goals", "5", "fr", "Objectif 5. Parvenir à l’égalité des sexes et autonomiser toutes les femmes et les filles")]
    [InlineData("IndicatorMeasure", "2", "fr", "Pourcentage")]
    [InlineData("PolicyMarker", "1", "en", "Gender Equality")]
    public void Names_come_in_every_language_the_codelist_has(string list, string code, string language, string name) =>
        Assert.Equal(name, _codelists.Name(list, code, language));

    [Theory]
    [InlineData("es")]
    [InlineData("es-MX")]
    [InlineData("de")]
    public void Names_fall_back_to_English_when_the_codelist_lacks_the_language(string language) =>
        Assert.Equal("Ending violence against women and girls", _codelists.Name("Sector", "15180", language));

    [Fact]
    public void Culture_names_pick_their_language() =>
        Assert.Equal("Qualitatif", _codelists.Name("IndicatorMeasure", "5", "fr-CA"));

    [Fact]
    public void Codelists_know_their_languages()
    {
        Assert.Equal(new HashSet<string> { "en", "fr" }, _codelists.Get("UNSDG-Goals")!.Languages);
        Assert.DoesNotContain("es", _codelists.Get("Sector")!.Languages);
    }

    [Fact]
    public void Unknown_lists_and_codes_have_no_name_and_are_not_known()
    {
        Assert.Null(_codelists.Name("Sector", "99999", "en"));
        Assert.Null(_codelists.Name("NoSuchList", "1", "en"));
        Assert.Null(_codelists.Get("NoSuchList"));
        Assert.False(_codelists.Contains("UNSDG-Indicators"));
        Assert.False(_codelists.IsKnown("Sector", "99999"));
        Assert.False(_codelists.IsKnown("NoSuchList", "1"));
        Assert.True(_codelists.IsKnown("Sector", "15170"));
    }

    [Theory]
    [InlineData("Currency", "BYR", true)]
    [InlineData("Currency", "BYN", false)]
    [InlineData("Currency", "EEK", true)]
    [InlineData("Currency", "MXN", false)]
    [InlineData("Currency", "XXX-not-a-code", false)]
    public void Withdrawn_codes_are_told_apart_from_active_ones(string list, string code, bool withdrawn)
    {
        Assert.Equal(withdrawn, _codelists.IsWithdrawn(list, code));
        Assert.Equal(withdrawn ? CodeStatus.Withdrawn : CodeStatus.Active, _codelists.Get(list)!.Find(code)?.Status ?? CodeStatus.Active);
    }

    [Theory]
    [InlineData("Currency", 9)]
    [InlineData("FinanceType", 21)]
    [InlineData("FlowType", 2)]
    [InlineData("Country", 1)]
    [InlineData("Region", 1)]
    public void Withdrawn_counts_match_the_codelist_files(string list, int withdrawn) =>
        Assert.Equal(withdrawn, _codelists.Get(list)!.Items.Count(item => item.Status == CodeStatus.Withdrawn));

    [Fact]
    public void Codes_are_case_sensitive_as_in_IATI()
    {
        Assert.True(_codelists.IsKnown("Currency", "USD"));
        Assert.False(_codelists.IsKnown("Currency", "usd"));
        Assert.False(_codelists.IsKnown("Language", "EN"));
    }

    [Theory]
    [InlineData("Currency", "usd", "USD")]
    [InlineData("Language", "EN", "en")]
    [InlineData("UNSDG-Targets", "16.A", "16.a")]
    [InlineData("FileFormat", "APPLICATION/MSWORD", "application/msword")]
    public void Miscased_codes_can_be_told_from_unknown_ones(string list, string written, string code)
    {
        var codelist = _codelists.Get(list)!;

        Assert.Null(codelist.Find(written));
        Assert.Equal(code, codelist.FindIgnoringCase(written)?.Code);
        Assert.Null(codelist.FindIgnoringCase("no-such-code"));
    }

    [Fact]
    public void Sector_codes_carry_their_category() =>
        Assert.Equal("151", _codelists.Get("Sector")!.Find("15170")!.Category);

    [Theory]
    [InlineData("Country", false)]
    [InlineData("Language", false)]
    [InlineData("Sector", true)]
    [InlineData("LoanRepaymentPeriod", true)]
    public void Open_codelists_are_marked_incomplete(string list, bool complete) =>
        Assert.Equal(complete, _codelists.Get(list)!.IsComplete);

    [Fact]
    public void Lists_load_once_and_are_shared_between_threads()
    {
        var loaded = new Codelist?[16];
        Parallel.For(0, loaded.Length, i => loaded[i] = _codelists.Get("CRSChannelCode"));

        Assert.All(loaded, codelist => Assert.Same(loaded[0], codelist));
        Assert.Same(IatiCodelists.Embedded, _codelists);
    }
}
