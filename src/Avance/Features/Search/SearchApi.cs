namespace Avance.Features.Search;

public static class SearchApi
{
    public static WebApplication MapSearchApi(this WebApplication app) => app;
}
