using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Paging;

namespace Qingmeng.Finance.Apis;

public static class CatalogueApi
{
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/finance").WithTags("Catalogue")
            .RequireAuthorization(FinancePolicies.ReadCatalogue);

        api.MapGet("/banks", ListBanks).WithName("ListBanks").WithSummary("The partner banks (伙伴银行)");
        api.MapGet("/products", ListProducts).WithName("ListProducts").WithSummary("Loan products with price, guarantee, subsidy and eligibility rules");
        api.MapGet("/products/{code}", GetProduct).WithName("GetProduct").WithSummary("One loan product");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<BankView>>> ListBanks(FinanceContext db, CancellationToken cancellationToken)
    {
        var banks = await db.Banks.AsNoTracking().OrderBy(b => b.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<BankView>>(banks.ConvertAll(b => new BankView(b.Code, b.Name, b.IsPartner, b.JoinedOn)));
    }

    public static async Task<Ok<Page<ProductView>>> ListProducts(
        [AsParameters] PageRequest page,
        [AsParameters] ProductQuery query,
        FinanceContext db,
        IOptions<FinanceOptions> options,
        CancellationToken cancellationToken)
    {
        var products = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.BankCode))
        {
            products = products.Where(p => p.BankCode == query.BankCode);
        }
        if (query.Kind is { } kind)
        {
            products = products.Where(p => p.Kind == kind);
        }
        var count = await products.LongCountAsync(cancellationToken);
        var items = await products.OrderBy(p => p.Code).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        var banks = await db.Banks.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Name, cancellationToken);
        var lpr = options.Value.Lpr();
        return TypedResults.Ok(new Page<ProductView>(page.PageIndex, page.PageSize, count,
            items.ConvertAll(p => ProductView.From(p, banks.GetValueOrDefault(p.BankCode, p.BankCode), lpr))));
    }

    public static async Task<Results<Ok<ProductView>, NotFound>> GetProduct(
        string code, FinanceContext db, IOptions<FinanceOptions> options, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (product is null)
        {
            return TypedResults.NotFound();
        }
        var bankName = await db.Banks.Where(b => b.Code == product.BankCode).Select(b => b.Name).FirstAsync(cancellationToken);
        return TypedResults.Ok(ProductView.From(product, bankName, options.Value.Lpr()));
    }
}
