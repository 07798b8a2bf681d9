namespace Avance.Features.Plans;

public static class PlansApi
{
    public static WebApplication MapPlansApi(this WebApplication app) => app;
}
