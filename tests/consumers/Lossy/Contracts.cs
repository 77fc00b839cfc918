using Signatures;

namespace Lossy;

// 'decimal' maps to MLflow's double with rounding: SIG0101 warns, and its code fix turns the member into a double.
[ModelInput]
public partial record Order(string Customer, decimal Amount);

[ModelSignature<Order, long>]
public static partial class OrderModel;
