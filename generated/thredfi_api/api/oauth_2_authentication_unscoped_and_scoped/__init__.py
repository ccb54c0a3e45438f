"""Contains endpoint functions for accessing the API (no resource: the SDK's own machinery)"""
