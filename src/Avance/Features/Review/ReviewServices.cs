namespace Avance.Features.Review;

/// <summary>The coordinator's side of the monitoring cycle: periods, the status board, review, publication, corrections.</summary>
public static class ReviewServices
{
    public static IServiceCollection AddReview(this IServiceCollection services) => services
        .AddScoped<PeriodWorkflow>()
        .AddScoped<PeriodPublication>()
        .AddScoped<ValueReview>()
        .AddScoped<ValueCorrection>();

    public static WebApplication MapReview(this WebApplication app)
    {
        app.MapReviewApi();
        app.MapBoardDownload();
        return app;
    }
}
