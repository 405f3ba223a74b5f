"""The Qt layer: small widgets that present the core's model."""
