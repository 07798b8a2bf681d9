using System.Globalization;
using Avance.Iati.Model;
using Avance.Iati.Validation;

namespace Avance.Iati.Tests.Validation;

/// <summary>Each data-quality rule broken once in an otherwise clean activity.</summary>
public class QualityRulesTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");
    private readonly IatiQualityRules _rules = new();

    [Fact]
    public void The_clean_activity_breaks_no_rule() =>
        Assert.Empty(_rules.Check(QualityActivities.Valid(), culture: English));

    [Fact]
    public void Planned_start_after_planned_end_is_an_error_in_both_languages()
    {
        var activity = QualityActivities.Valid() with
        {
            ActivityDates = [new ActivityDate("1", new DateOnly(2026, 1, 1), Narratives.None), new ActivityDate("3", new DateOnly(2025, 12, 31), Narratives.None)],
        };

        var issue = Single(activity, ValidationRules.ActivityDatesOutOfOrder, "activity-date");

        Assert.Equal(ValidationSeverity.Error, issue.Severity);
        Assert.Equal("Activity XM-DAC-41146-MEX_D_1.1: the planned start (2026-01-01) is after the planned end (2025-12-31).", issue.Message);
        Assert.Equal("Actividad XM-DAC-41146-MEX_D_1.1: el inicio previsto (2026-01-01) es posterior al fin previsto (2025-12-31).",
            Assert.Single(_rules.Check(activity, culture: Spanish)).Message);
    }

    [Fact]
    public void Actual_start_after_actual_end_is_an_error()
    {
        var activity = QualityActivities.Valid() with
        {
            ActivityDates = [new ActivityDate("2", new DateOnly(2024, 5, 2), Narratives.None), new ActivityDate("4", new DateOnly(2024, 5, 1), Narratives.None)],
        };

        Assert.Contains("actual start (2024-05-02)", Single(activity, ValidationRules.ActivityDatesOutOfOrder, "activity-date").Message);
    }

    [Fact]
    public void A_budget_ending_before_it_starts_is_an_error()
    {
        var activity = QualityActivities.Valid() with
        {
            Budgets = [QualityActivities.Valid().Budgets[0], new Budget("1", "1", new DateOnly(2025, 6, 1), new DateOnly(2025, 1, 1), null)],
        };

        var issue = Single(activity, ValidationRules.PeriodEndsBeforeStart, "budget[2]");

        Assert.Equal("Activity XM-DAC-41146-MEX_D_1.1, budget[2]: the period ends on 2025-01-01, before it starts on 2025-06-01.", issue.Message);
    }

    [Fact]
    public void A_budget_longer_than_a_year_is_a_warning()
    {
        var activity = QualityActivities.Valid() with
        {
            Budgets = [new Budget("1", "2", new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 2), null)],
        };

        var issue = Single(activity, ValidationRules.BudgetLongerThanYear, "budget");

        Assert.Equal(ValidationSeverity.Warning, issue.Severity);
        Assert.Equal("Actividad XM-DAC-41146-MEX_D_1.1, budget: el periodo del presupuesto del 2024-01-01 al 2025-01-02 dura más de un año.",
            Assert.Single(_rules.Check(activity, culture: Spanish)).Message);
    }

    [Fact]
    public void A_budget_of_exactly_one_year_is_fine()
    {
        var activity = QualityActivities.Valid() with
        {
            Budgets = [new Budget("1", "2", new DateOnly(2024, 7, 1), new DateOnly(2025, 7, 1), null)],
        };

        Assert.Empty(_rules.Check(activity, culture: English));
    }

    [Fact]
    public void A_planned_disbursement_ending_before_it_starts_is_an_error()
    {
        var activity = QualityActivities.Valid() with
        {
            PlannedDisbursements = [new PlannedDisbursement { PeriodStart = new DateOnly(2024, 2, 1), PeriodEnd = new DateOnly(2024, 1, 31) }],
        };

        Single(activity, ValidationRules.PeriodEndsBeforeStart, "planned-disbursement");
    }

    [Fact]
    public void A_result_period_ending_before_it_starts_is_an_error_at_its_place()
    {
        var valid = QualityActivities.Valid();
        var result = valid.Results[0];
        var reversed = result.Indicators[1] with
        {
            Periods = [result.Indicators[1].Periods[0], new ResultPeriod { PeriodStart = new DateOnly(2025, 12, 31), PeriodEnd = new DateOnly(2025, 1, 1) }],
        };
        var activity = valid with { Results = [result with { Indicators = [result.Indicators[0], reversed, result.Indicators[2]] }] };

        Single(activity, ValidationRules.PeriodEndsBeforeStart, "result/indicator[2]/period[2]");
    }

    [Fact]
    public void Sector_percentages_of_one_vocabulary_must_add_up_to_100()
    {
        var activity = QualityActivities.Valid() with
        {
            Sectors = [new Sector("15170", null, null, 70m, Narratives.None), new Sector("15180", "1", null, 29.5m, Narratives.None)],
        };

        var issue = Single(activity, ValidationRules.SectorPercentages, "sector");

        Assert.Equal("Activity XM-DAC-41146-MEX_D_1.1: the percentages of the sectors in vocabulary 1 add up to 99.5, not 100.", issue.Message);
        Assert.Equal("Actividad XM-DAC-41146-MEX_D_1.1: los porcentajes de los sectores del vocabulario 1 suman 99,5, no 100.",
            Assert.Single(_rules.Check(activity, culture: Spanish)).Message);
    }

    [Fact]
    public void Several_sectors_of_one_vocabulary_without_percentages_are_an_error()
    {
        var activity = QualityActivities.Valid() with
        {
            Sectors = [new Sector("5", "7", null, null, Narratives.None), new Sector("16", "7", null, null, Narratives.None)],
        };

        Assert.Contains("vocabulary 7 add up to 0,", Single(activity, ValidationRules.SectorPercentages, "sector").Message);
    }

    [Fact]
    public void Recipient_countries_and_regions_must_add_up_to_100_together()
    {
        var activity = QualityActivities.Valid() with { RecipientCountries = [new RecipientCountry("MX", 50m, Narratives.None)] };

        var issue = Single(activity, ValidationRules.RecipientPercentages, "recipient-country");

        Assert.Equal("Activity XM-DAC-41146-MEX_D_1.1: the percentages of the recipient countries and regions add up to 90, not 100.", issue.Message);
    }

    [Theory]
    [InlineData("activity-status/@code", "ActivityStatus")]
    [InlineData("sector/@code", "Sector")]
    [InlineData("sector[3]/@vocabulary", "SectorVocabulary")]
    [InlineData("tag/@code", "UNSDG-Targets")]
    [InlineData("policy-marker/@significance", "PolicySignificance")]
    [InlineData("default-aid-type/@code", "AidType")]
    [InlineData("transaction/transaction-type/@code", "TransactionType")]
    [InlineData("budget/value/@currency", "Currency")]
    [InlineData("result/indicator[3]/@measure", "IndicatorMeasure")]
    public void A_code_missing_from_its_codelist_is_an_error(string location, string codelist)
    {
        var activity = WithUnknownCodeAt(location);

        var issue = Single(activity, ValidationRules.UnknownCode, location);

        Assert.Equal(ValidationSeverity.Error, issue.Severity);
        Assert.Equal($"Activity XM-DAC-41146-MEX_D_1.1, {location}: \"ZZ9\" is not a code of the {codelist} codelist.", issue.Message);
    }

    [Fact]
    public void Sector_codes_are_checked_against_the_list_of_their_vocabulary()
    {
        // 151 is a DAC 3-digit category: right in vocabulary 2, wrong in vocabulary 1.
        var asCategory = QualityActivities.Valid() with { Sectors = [new Sector("151", "2", null, null, Narratives.None)] };
        var asSector = QualityActivities.Valid() with { Sectors = [new Sector("151", "1", null, null, Narratives.None)] };

        Assert.Empty(_rules.Check(asCategory, culture: English));
        Assert.Contains("Sector codelist", Single(asSector, ValidationRules.UnknownCode, "sector/@code").Message);
    }

    [Fact]
    public void A_withdrawn_code_is_a_warning()
    {
        var valid = QualityActivities.Valid();
        var activity = valid with { Budgets = [valid.Budgets[0] with { Value = new Money(10m, "BYR", null) }] };

        var issue = Single(activity, ValidationRules.WithdrawnCode, "budget/value/@currency");

        Assert.Equal(ValidationSeverity.Warning, issue.Severity);
        Assert.Equal("Actividad XM-DAC-41146-MEX_D_1.1, budget/value/@currency: el código «BYR» de la lista Currency ha sido retirado.",
            Assert.Single(_rules.Check(activity, culture: Spanish)).Message);
    }

    [Fact]
    public void A_code_missing_from_a_list_IATI_calls_incomplete_is_only_a_warning()
    {
        var activity = QualityActivities.Valid() with { RecipientCountries = [new RecipientCountry("XK-NEW", 60m, Narratives.None)] };

        Assert.Equal(ValidationSeverity.Warning, Single(activity, ValidationRules.CodeOutsideOpenList, "recipient-country/@code").Severity);
    }

    [Fact]
    public void A_code_right_but_for_case_is_a_warning_naming_the_right_spelling()
    {
        var activity = QualityActivities.Valid() with { Tags = [new Tag("5.A", "3", null, Narratives.None)] };

        var issue = Single(activity, ValidationRules.CodeCase, "tag/@code");

        Assert.Equal("Activity XM-DAC-41146-MEX_D_1.1, tag/@code: \"5.A\" is written \"5.a\" in the UNSDG-Targets codelist.", issue.Message);
        Assert.Equal("Actividad XM-DAC-41146-MEX_D_1.1, tag/@code: «5.A» se escribe «5.a» en la lista UNSDG-Targets.",
            Assert.Single(_rules.Check(activity, culture: Spanish)).Message);
    }

    [Fact]
    public void A_unit_indicator_with_a_word_for_a_value_is_an_error()
    {
        var activity = WithIndicatorValue(0, IatiValue.Parse("many"));

        var issue = Single(activity, ValidationRules.ValueNotNumeric, "result/indicator/period/actual");

        Assert.Equal("Activity XM-DAC-41146-MEX_D_1.1, result/indicator/period/actual: the value \"many\" is not a number, but the indicator measures units.", issue.Message);
        Assert.EndsWith("pero el indicador mide unidades.", Assert.Single(_rules.Check(activity, culture: Spanish)).Message);
    }

    [Fact]
    public void A_percentage_indicator_with_a_word_for_a_value_is_an_error()
    {
        var activity = WithIndicatorValue(1, IatiValue.Parse("most"));

        Assert.EndsWith("measures a percentage.", Single(activity, ValidationRules.ValueNotNumeric, "result/indicator[2]/period/actual").Message);
    }

    [Fact]
    public void A_percentage_above_100_is_a_warning()
    {
        var activity = WithIndicatorValue(1, IatiValue.Of(120m));

        var issue = Single(activity, ValidationRules.PercentageAbove100, "result/indicator[2]/period/actual");

        Assert.Equal(ValidationSeverity.Warning, issue.Severity);
        Assert.EndsWith("the percentage 120 is above 100.", issue.Message);
    }

    [Fact]
    public void A_unit_indicator_may_exceed_100()
    {
        Assert.Empty(_rules.Check(WithIndicatorValue(0, IatiValue.Of(120m)), culture: English));
    }

    [Fact]
    public void Issues_carry_the_file_and_the_line_of_the_activity()
    {
        var activity = QualityActivities.Valid() with
        {
            ActivityStatus = "ZZ9",
            Source = new ActivitySource("2.03", LineNumber: 42, LinePosition: 3, UnmodelledElements: 0),
        };

        var issue = Assert.Single(_rules.Check(activity, "plan.xml", English));

        Assert.Equal(("plan.xml", 42, 3), (issue.FileName, issue.Line, issue.Column));
        Assert.Equal(QualityActivities.Identifier, issue.ActivityIdentifier);
        Assert.Equal("IATI-Q-006", issue.Rule.Id);
        Assert.Equal("Unknown code", issue.Title);
        Assert.Equal("Código desconocido", Assert.Single(_rules.Check(activity, "plan.xml", Spanish)).Title);
    }

    [Fact]
    public void Issues_of_many_activities_go_into_one_capped_report()
    {
        var report = new ValidationReportBuilder(maxIssues: 3);
        var broken = QualityActivities.Valid() with { ActivityStatus = "ZZ9", DefaultCurrency = "BYR" };
        for (var i = 0; i < 4; i++)
        {
            _rules.Check(broken with { Identifier = $"A-{i}" }, report, "many.xml", English);
        }

        var built = report.Build();
        Assert.Equal((4, 4, 5), (built.ErrorCount, built.WarningCount, built.OmittedCount));
        Assert.Equal(["A-0", "A-0", "A-1"], built.Issues.Select(issue => issue.ActivityIdentifier));
    }

    private ValidationIssue Single(IatiActivity activity, ValidationRule rule, string location)
    {
        var issue = Assert.Single(_rules.Check(activity, culture: English));
        Assert.Equal(rule, issue.Rule);
        Assert.Equal(location, issue.Location);
        Assert.Equal(rule.Severity, issue.Severity);
        return issue;
    }

    private static IatiActivity WithIndicatorValue(int indicatorIndex, IatiValue actual)
    {
        var valid = QualityActivities.Valid();
        var result = valid.Results[0];
        var indicators = result.Indicators.ToArray();
        indicators[indicatorIndex] = indicators[indicatorIndex] with { Periods = [QualityActivities.Period(IatiValue.Of(50m), actual)] };
        return valid with { Results = [result with { Indicators = indicators.ToValueList() }] };
    }

    private static IatiActivity WithUnknownCodeAt(string location)
    {
        const string unknown = "ZZ9";
        var valid = QualityActivities.Valid();
        return location switch
        {
            "activity-status/@code" => valid with { ActivityStatus = unknown },
            "sector/@code" => valid with { Sectors = [valid.Sectors[0] with { Code = unknown }, .. valid.Sectors.Skip(1)] },
            "sector[3]/@vocabulary" => valid with { Sectors = [new Sector("15170", null, null, 50m, Narratives.None), new Sector("15180", "1", null, 50m, Narratives.None), new Sector("x", unknown, null, null, Narratives.None)] },
            "tag/@code" => valid with { Tags = [new Tag(unknown, "3", null, Narratives.None)] },
            "policy-marker/@significance" => valid with { PolicyMarkers = [valid.PolicyMarkers[0] with { Significance = unknown }] },
            "default-aid-type/@code" => valid with { DefaultAidTypes = [new AidType(unknown, "1")] },
            "transaction/transaction-type/@code" => valid with { Transactions = [valid.Transactions[0] with { Type = unknown }] },
            "budget/value/@currency" => valid with { Budgets = [valid.Budgets[0] with { Value = new Money(1m, unknown, null) }] },
            "result/indicator[3]/@measure" => valid with
            {
                Results = [valid.Results[0] with { Indicators = [.. valid.Results[0].Indicators.Take(2), valid.Results[0].Indicators[2] with { Measure = unknown }] }],
            },
            _ => throw new ArgumentOutOfRangeException(nameof(location), location, null),
        };
    }
}
