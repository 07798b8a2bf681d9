using Avance.Iati.Model;

namespace Avance.Iati.Tests.Reading;

/// <summary>
/// Element counts of the real files, as counted independently of this reader (Python's ElementTree over the same
/// files): the reader must find every activity, result, indicator, baseline, period, target and actual.
/// </summary>
public sealed class RealFileCountTests
{
    private sealed record Counts(int Activities, int Results, int Indicators, int Baselines, int Periods, int Targets,
        int Actuals, int Transactions, int Budgets);

    [Theory]
    [InlineData(RealFiles.UnWomenFao, 100, 38, 131, 131, 131, 123, 131, 693, 144)]
    [InlineData(RealFiles.DutchNgos, 100, 590, 1496, 713, 5756, 2759, 7188, 922, 184)]
    [InlineData(RealFiles.Undp, 100, 77, 77, 77, 247, 247, 207, 2547, 426)]
    [InlineData(RealFiles.FoodSecurity, 7, 11, 17, 17, 26, 25, 9, 63, 16)]
    public void Reader_finds_every_element_of_the_real_files(string file, int activities, int results, int indicators,
        int baselines, int periods, int targets, int actuals, int transactions, int budgets)
    {
        var expected = new Counts(activities, results, indicators, baselines, periods, targets, actuals, transactions, budgets);

        Assert.Equal(expected, CountsOf(RealFiles.ReadAll(file)));
    }

    [Fact]
    public void The_UN_Women_activities_of_the_mixed_file_have_their_results_indicators_and_periods()
    {
        var unWomen = RealFiles.ReadAll(RealFiles.UnWomenFao)
            .Where(a => a.ReportingOrg?.Ref == "XM-DAC-41146")
            .ToList();

        Assert.Equal(new Counts(12, 38, 131, 131, 131, 123, 131, 222, 56), CountsOf(unWomen));
        Assert.Contains(unWomen, a => a.Identifier == "XM-DAC-41146-PAP _O_1.1");
    }

    private static Counts CountsOf(IReadOnlyCollection<IatiActivity> activities)
    {
        var indicators = activities.SelectMany(a => a.Results).SelectMany(r => r.Indicators).ToList();
        var periods = indicators.SelectMany(i => i.Periods).ToList();
        return new Counts(
            activities.Count,
            activities.Sum(a => a.Results.Count),
            indicators.Count,
            indicators.Sum(i => i.Baselines.Count),
            periods.Count,
            periods.Sum(p => p.Targets.Count),
            periods.Sum(p => p.Actuals.Count),
            activities.Sum(a => a.Transactions.Count),
            activities.Sum(a => a.Budgets.Count));
    }
}
