// placeholder until the analytics branch lands
