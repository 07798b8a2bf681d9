namespace Avance.Features.Indicators;

public static class IndicatorsApi
{
    public static WebApplication MapIndicatorsApi(this WebApplication app) => app;
}
