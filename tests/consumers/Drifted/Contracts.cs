using Signatures;

namespace Drifted;

// The contract has drifted from the logged model: the model has no 'Amount' column (SIG0403) and a 'Region' column the
// contract lacks (SIG0404).
[ModelInput]
public partial record Order(string Customer, double Amount);

[ModelArtifact("models/orders")]
[ModelSignature<Order, long>]
public static partial class OrderModel;
